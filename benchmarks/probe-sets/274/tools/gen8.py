from lib import F, P, C, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĨNH LINH
Kinh tế - Xã hội

Vĩnh Linh: Sản lượng mủ cao su quý III tăng 6,3%
14:20 | 11/10/2024

Theo báo cáo của Phòng Nông nghiệp và Phát triển nông thôn huyện, tính đến 30/9/2024, toàn huyện có 7.215 ha cao su, trong đó diện tích đang khai thác 5.640 ha, chiếm 78,2%; diện tích kiến thiết cơ bản khoảng 1.575 ha.

Quý III/2024, sản lượng mủ tươi thu hoạch đạt 7.850 tấn, tăng 6,3% so với quý III/2023; lũy kế 9 tháng đạt 18.260 tấn, bằng 76,1% kế hoạch năm. Năng suất mủ tươi bình quân ước đạt 3,2 tấn/ha. Giá mủ tươi tại các đại lý trên địa bàn dao động từ 13.500 đến 14.200 đồng/kg, cao hơn khoảng 2.500 đồng/kg so với cùng kỳ năm trước.

Các xã có diện tích cao su lớn gồm Vĩnh Hà (1.420 ha), Vĩnh Ô (980 ha), Vĩnh Khê (865 ha) và thị trấn Bến Quan (790 ha).

Cơn bão số 4 đổ bộ ngày 19/9/2024 đã làm gãy đổ khoảng 320 ha cao su của 412 hộ, trong đó 85 ha bị thiệt hại trên 70%, ước thiệt hại gần 9,6 tỷ đồng. UBND huyện đã trích 1,2 tỷ đồng từ nguồn dự phòng ngân sách hỗ trợ các hộ dọn vườn, trồng lại cây.

Năm 2025, huyện phấn đấu trồng tái canh 250 ha cao su, nâng năng suất mủ tươi bình quân lên 3,5 tấn/ha; tiếp tục vận động các hộ liên kết với Công ty TNHH MTV Cao su Quảng Trị để bao tiêu sản phẩm.

Mọi chi tiết xin liên hệ Phòng NN&PTNT huyện Vĩnh Linh, điện thoại: 0233.3823.116.
Hoàng Anh (Trung tâm VH-TT&TT huyện)
"""

COMMENTS = [
    "District portal (huyện Vĩnh Linh, Quảng Trị), dateline '14:20 | 11/10/2024' (time first). Default location Vĩnh Linh;",
    "commune items (Vĩnh Hà, Vĩnh Ô, ...) are below district level, so they keep Vĩnh Linh; 'Các xã ... gồm' follows no figure: no total.",
    "Headline 'quý III tăng 6,3%' is a growth rate standing alone (percent figure, year 2024 from the dateline). Body 7.850 tấn carries",
    "the change (baseline quý III/2023); '9 tháng' (2024) after ';' is scored; 'bằng 76,1% kế hoạch năm' is its share.",
    "Yield 'ước đạt' -> estimate; price range with change 2.500 đồng/kg (about). Storm: 'khoảng 320 ha ... trong đó 85 ha' -> total 320;",
    "'trên 70%' is a damage threshold (optional); 'ước thiệt hại gần 9,6 tỷ đồng' estimate, nearly. The storm date is not a period (none given).",
    "Distractors: 'bão số 4', 'ngày 19/9/2024', 'Cao su Quảng Trị' (company name), phone, the time in the dateline.",
]

AS = P("tính đến 30/9/2024", None, "2024-09-30")
ASi = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("quý III tăng 6,3%", "6,3", 6.3, "percent", "%", "sản lượng mủ cao su tăng",
      P("quý III", "2024-07-01", "2024-09-30")),
    F("có 7.215 ha", "7.215", 7215, "measure", "ha", "diện tích cao su", AS),
    F("khai thác 5.640 ha", "5.640", 5640, "measure", "ha", "diện tích cao su đang khai thác", AS,
      total=7215, percent=78.2),
    F("khoảng 1.575 ha", "1.575", 1575, "measure", "ha", "diện tích cao su kiến thiết cơ bản", AS,
      approx="about", total=7215),
    F("đạt 7.850 tấn", "7.850", 7850, "measure", "tấn", "sản lượng mủ tươi thu hoạch", Q3,
      change=C("increase", 6.3, "%", "quý III/2023")),
    F("đạt 18.260 tấn", "18.260", 18260, "measure", "tấn", "sản lượng mủ tươi thu hoạch lũy kế", N9, percent=76.1),
    F("ước đạt 3,2 tấn/ha", "3,2", 3.2, "measure", "tấn/ha", "năng suất mủ tươi bình quân", status="estimate"),
    F("từ 13.500 đến", "13.500", 13500, "money", "đồng/kg", "giá mủ tươi tại các đại lý", value_max=14200,
      change=C("increase", 2500, "đồng/kg", "cùng kỳ năm trước", approx="about")),
    F("Vĩnh Hà (1.420 ha)", "1.420", 1420, "measure", "ha", "diện tích cao su xã Vĩnh Hà", ASi),
    F("Vĩnh Ô (980 ha)", "980", 980, "measure", "ha", "diện tích cao su xã Vĩnh Ô", ASi),
    F("Vĩnh Khê (865 ha)", "865", 865, "measure", "ha", "diện tích cao su xã Vĩnh Khê", ASi),
    F("Bến Quan (790 ha)", "790", 790, "measure", "ha", "diện tích cao su thị trấn Bến Quan", ASi),
    F("khoảng 320 ha", "320", 320, "measure", "ha", "diện tích cao su bị gãy đổ do bão", approx="about"),
    F("của 412 hộ", "412", 412, "count", "hộ", "hộ có cao su bị gãy đổ do bão"),
    F("trong đó 85 ha", "85", 85, "measure", "ha", "diện tích cao su bị thiệt hại trên 70%", total=320),
    F("trên 70%", "70", 70, "percent", "%", "mức thiệt hại", approx="over", optional=True),
    F("gần 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "giá trị thiệt hại", approx="nearly", status="estimate"),
    F("trích 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí hỗ trợ các hộ dọn vườn, trồng lại cây"),
    F("tái canh 250 ha", "250", 250, "measure", "ha", "diện tích trồng tái canh cao su", Y25, status="target"),
    F("lên 3,5 tấn/ha", "3,5", 3.5, "measure", "tấn/ha", "năng suất mủ tươi bình quân", Y25, status="target"),
]

emit("p274-8", TEXT, COMMENTS, FIGS, published="2024-10-11", location="Vĩnh Linh")
