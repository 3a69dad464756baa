from lib import F, P, emit

TEXT = """
BỘ XÂY DỰNG
Tin tức > Phát triển đô thị

Cả nước có 902 đô thị, tỷ lệ đô thị hóa ước đạt 42,7%

Tại Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 của ngành Xây dựng, Cục Phát triển đô thị cho biết, tính đến hết năm 2023, cả nước có 902 đô thị, gồm 2 đô thị loại đặc biệt, 22 đô thị loại I, 35 đô thị loại II, 46 đô thị loại III, 94 đô thị loại IV và 703 đô thị loại V.

Năm 2023, tỷ lệ đô thị hóa toàn quốc ước đạt 42,7% (năm 2022 là 41,7%). Các địa phương có tỷ lệ đô thị hóa cao nhất là Đà Nẵng (87,4%), Bình Dương (82,6%), TP Hồ Chí Minh (79,2%); thấp nhất là Thái Bình với 12,1%.

Trong năm 2023, Bộ Xây dựng đã thẩm định đề án công nhận loại đô thị cho 11 đô thị, trong đó 2 đô thị loại I, 4 đô thị loại III và 5 đô thị loại IV. Tỷ lệ dân số đô thị được cấp nước sạch qua hệ thống cấp nước tập trung đạt 95%; tỷ lệ nước thải đô thị được thu gom, xử lý đạt khoảng 18%; diện tích cây xanh công cộng bình quân tại các đô thị loại đặc biệt và loại I đạt từ 2 đến 4 m2/người.

Giai đoạn 2021-2023, tổng vốn đầu tư phát triển đô thị ước đạt khoảng 1,6 triệu tỷ đồng, chiếm khoảng 35% tổng vốn đầu tư toàn xã hội.

Theo Nghị quyết số 06-NQ/TW ngày 24/01/2022 của Bộ Chính trị, đến năm 2025 tỷ lệ đô thị hóa cả nước đạt tối thiểu 45%; đến năm 2030 đạt trên 50%, số lượng đô thị toàn quốc khoảng 1.000 - 1.200 đô thị. Để đạt mục tiêu, Bộ Xây dựng đề nghị các địa phương rà soát, điều chỉnh chương trình phát triển đô thị, ưu tiên nguồn lực cho 6 vùng kinh tế - xã hội.

Cục Phát triển đô thị
12/01/2024
"""

END = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23b = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Y23bi = P("Trong năm 2023", "2023-01-01", "2023-12-31", inh=True)
RATE = "tỷ lệ đô thị hóa"

FIGS = [
    F("có 902 đô thị, tỷ", "902", "count", "đô thị", "đô thị", optional=True),
    F("ước đạt 42,7%\n", "42,7", "percent", "%", RATE, status="estimate", optional=True),
    F("có 902 đô thị, gồm", "902", "count", "đô thị", "đô thị", period=END),
    F("gồm 2 đô thị", "2", "count", "đô thị", "đô thị loại đặc biệt", total=902, period=END),
    F("22 đô thị", "22", "count", "đô thị", "đô thị loại I", total=902, period=END),
    F("35 đô thị", "35", "count", "đô thị", "đô thị loại II", total=902, period=END),
    F("46 đô thị", "46", "count", "đô thị", "đô thị loại III", total=902, period=END),
    F("94 đô thị", "94", "count", "đô thị", "đô thị loại IV", total=902, period=END),
    F("703 đô thị", "703", "count", "đô thị", "đô thị loại V", total=902, period=END),
    F("ước đạt 42,7% (", "42,7", "percent", "%", RATE, status="estimate", period=Y23),
    F("là 41,7%", "41,7", "percent", "%", RATE, period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("Đà Nẵng (87,4%)", "87,4", "percent", "%", RATE, period=Y23i, location="Đà Nẵng"),
    F("Bình Dương (82,6%)", "82,6", "percent", "%", RATE, period=Y23i, location="Bình Dương"),
    F("Minh (79,2%)", "79,2", "percent", "%", RATE, period=Y23i, location="TP Hồ Chí Minh"),
    F("với 12,1%", "12,1", "percent", "%", RATE, period=Y23i, location="Thái Bình"),
    F("cho 11 đô thị", "11", "count", "đô thị", "đô thị được thẩm định đề án công nhận loại đô thị", period=Y23b),
    F("trong đó 2 đô thị", "2", "count", "đô thị", "đô thị loại I được thẩm định", total=11, period=Y23b),
    F("I, 4 đô thị", "4", "count", "đô thị", "đô thị loại III được thẩm định", total=11, period=Y23b),
    F("và 5 đô thị", "5", "count", "đô thị", "đô thị loại IV được thẩm định", total=11, period=Y23b),
    F("tập trung đạt 95%", "95", "percent", "%", "tỷ lệ dân số đô thị được cấp nước sạch qua hệ thống cấp nước tập trung",
      period=Y23bi),
    F("khoảng 18%", "18", "percent", "%", "tỷ lệ nước thải đô thị được thu gom, xử lý", approx="about", period=Y23bi),
    F("từ 2 đến 4 m2/người", "2", "measure", "m2/người",
      "diện tích cây xanh công cộng bình quân tại các đô thị loại đặc biệt và loại I", value_max=4, period=Y23bi),
    F("khoảng 1,6 triệu tỷ đồng", "1,6", "money", "đồng", "tổng vốn đầu tư phát triển đô thị", mult=1e15,
      approx="about", percent=35, status="estimate", period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("tối thiểu 45%", "45", "percent", "%", RATE, approx="at_least", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("trên 50%", "50", "percent", "%", RATE, approx="over", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("khoảng 1.000 - 1.200", "1.000", "count", "đô thị", "số lượng đô thị toàn quốc", value_max=1200,
      approx="about", status="target", period=P("đến năm 2030", None, "2030-12-31")),
    F("cho 6 vùng", "6", "count", "vùng kinh tế - xã hội", "vùng kinh tế - xã hội", optional=True),
]

COMMENTS = [
    "Bộ Xây dựng (ministry site): national urban system at the end of 2023, urbanisation rate, classification, targets of Nghị quyết 06-NQ/TW.",
    "No dateline at the top; the bare date '12/01/2024' under the signature is the article's date.",
    "The headline restates the lead (902, 42,7%): optional. Class counts after 'gồm' (2+22+35+46+94+703 = 902) and after 'trong đó' (2+4+5 = 11): totals.",
    "'(năm 2022 là 41,7%)' is a bracketed baseline figure of its own (actual). Province list: places to location, subject = the indicator.",
    "'1,6 triệu tỷ đồng' = 1,6·10^15 đồng; 'chiếm khoảng 35%' is its percent; 'ước đạt khoảng' = estimate + about.",
    "'loại đặc biệt/I/II…' are class names; 'Nghị quyết số 06-NQ/TW ngày 24/01/2022' is an identifier; '6 vùng' is structure (optional).",
    "National figures: location Việt Nam; the 1.000 - 1.200 range (khoảng) is a target for 2030.",
]

emit(6, TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
