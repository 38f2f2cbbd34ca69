// fmt string verbs: %s %q %x %X (and %v) on strings, []byte and runes,
// with width, precision and flags.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines --strict-whitespace %s
package main

import "fmt"

type name string

func main() {
	ss := []string{"", "hello", "héllo, 世界", "tab\there", "quote\"back\\slash", "nl\nx"}
	for _, s := range ss {
		fmt.Printf("[%s][%q][%x][%X][% x][%#q][%+q]\n", s, s, s, s, s, s, s)
	}
	raw := "\x00\x7f\xff"
	fmt.Printf("[%q][%x][%+q][%#q][% X]\n", raw, raw, raw, raw, raw)
	fmt.Printf("[%8s][%-8s][%.3s][%8.2s][%-8.2s|]\n", "abc", "abc", "abcdef", "abcdef", "abcdef")
	fmt.Printf("[%.2s][%5.1s]\n", "世界你好", "世界")
	fmt.Printf("[%10q][%-10q]\n", "hi", "hi")
	b := []byte("bytes!")
	fmt.Printf("[%s][%q][%x][%X][%v]\n", b, b, b, b, b)
	fmt.Printf("[%s][%v][%q]\n", name("named"), name("named"), name("named"))
	fmt.Printf("[%s][%q]\n", []string{"a", "b c"}, []string{"a", "b c"})
	fmt.Printf("[%q][%q][%q][%q]\n", 'x', '\n', '\'', 0x1F600)
	fmt.Printf("[%#x][%# x][%#X]\n", "abc", "abc", "abc")
	fmt.Printf("[%05s][%-05s]\n", "ab", "ab")
	fmt.Println(fmt.Sprintf("%s=%q", "key", "va\"lue"))
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprintln("a", 1) == "a 1\n")
}

// CHECK:[][""][][][][``][""]
// CHECK-NEXT:[hello]["hello"][68656c6c6f][68656C6C6F][68 65 6c 6c 6f][`hello`]["hello"]
// CHECK-NEXT:[héllo, 世界]["héllo, 世界"][68c3a96c6c6f2c20e4b896e7958c][68C3A96C6C6F2C20E4B896E7958C][68 c3 a9 6c 6c 6f 2c 20 e4 b8 96 e7 95 8c][`héllo, 世界`]["h\u00e9llo, \u4e16\u754c"]
// CHECK-NEXT:[tab	here]["tab\there"][7461620968657265][7461620968657265][74 61 62 09 68 65 72 65][`tab	here`]["tab\there"]
// CHECK-NEXT:[quote"back\slash]["quote\"back\\slash"][71756f7465226261636b5c736c617368][71756F7465226261636B5C736C617368][71 75 6f 74 65 22 62 61 63 6b 5c 73 6c 61 73 68][`quote"back\slash`]["quote\"back\\slash"]
// CHECK-NEXT:[nl
// CHECK-NEXT:x]["nl\nx"][6e6c0a78][6E6C0A78][6e 6c 0a 78]["nl\nx"]["nl\nx"]
// CHECK-NEXT:["\x00\x7f\xff"][007fff]["\x00\x7f\xff"]["\x00\x7f\xff"][00 7F FF]
// CHECK-NEXT:[     abc][abc     ][abc][      ab][ab      |]
// CHECK-NEXT:[世界][    世]
// CHECK-NEXT:[      "hi"]["hi"      ]
// CHECK-NEXT:[bytes!]["bytes!"][627974657321][627974657321]{{\[\[}}98 121 116 101 115 33]]
// CHECK-NEXT:[named][named]["named"]
// CHECK-NEXT:{{\[\[}}a b c]]{{\[\[}}"a" "b c"]]
// CHECK-NEXT:['x']['\n']['\'']['😀']
// CHECK-NEXT:[0x616263][0x61 0x62 0x63][0X616263]
// CHECK-NEXT:[000ab][ab   ]
// CHECK-NEXT:key="va\"lue"
// CHECK-NEXT:ab1 2c3.5 true
// CHECK-NEXT:1 2
// CHECK-NEXT:x1 2y true
