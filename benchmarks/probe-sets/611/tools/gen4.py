from lib import F, P, I, CH, TG, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ | Tin hoạt động | Di sản
Ngày đăng: 22/11/2023 | Lượt xem: 1.274

Cả nước có 130 di tích quốc gia đặc biệt và 265 bảo vật quốc gia

Nhân Ngày Di sản Văn hóa Việt Nam 23/11, Cục Di sản văn hóa cho biết, tính đến tháng 10/2023, cả nước có hơn 40.000 di tích đã được kiểm kê, trong đó 3.653 di tích quốc gia, 130 di tích quốc gia đặc biệt và khoảng 11.000 di tích cấp tỉnh. Hà Nội dẫn đầu với 21 di tích quốc gia đặc biệt, tiếp đến là Quảng Ninh (7), Bắc Ninh (5) và Thừa Thiên Huế (5).

Việt Nam hiện có 8 di sản thế giới, 16 di sản văn hóa phi vật thể được UNESCO ghi danh và 11 di sản tư liệu thuộc Chương trình Ký ức thế giới. Thủ tướng Chính phủ đã công nhận 265 hiện vật, nhóm hiện vật là bảo vật quốc gia qua 12 đợt.

Về bảo tàng, cả nước có 197 bảo tàng, gồm 127 bảo tàng công lập và 70 bảo tàng ngoài công lập, lưu giữ gần 4 triệu hiện vật. Năm 2022, các bảo tàng đón khoảng 13,5 triệu lượt khách, tăng gấp 2,6 lần so với năm 2021, bình quân đạt 13,7 lượt khách/100 dân.

Giai đoạn 2021-2023, ngân sách trung ương bố trí khoảng 2.186 tỷ đồng để tu bổ, tôn tạo 152 di tích. Theo Quyết định số 1230/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2030 phấn đấu 100% di tích quốc gia đặc biệt và 70% di tích quốc gia được tu bổ, tôn tạo; số lượt khách tham quan bảo tàng tăng bình quân 10-15%/năm.

Về di sản phi vật thể, Nhà nước đã phong tặng danh hiệu cho 131 Nghệ nhân Nhân dân và 1.619 Nghệ nhân Ưu tú.

Cục Di sản văn hóa - số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

AS = P("tính đến tháng 10/2023", None, "2023-10-31")
VN = "Việt Nam"

FIGS = [
    F("có 130 di tích quốc gia đặc biệt và 265", "130", 130, "count", "di tích",
      subject="di tích quốc gia đặc biệt", period=I(AS)),
    F("và 265 bảo vật quốc gia", "265", 265, "count", "bảo vật quốc gia", subject="bảo vật quốc gia"),
    F("hơn 40.000 di tích", "40.000", 40000, "count", "di tích", approx="over",
      subject="di tích đã được kiểm kê", period=AS),
    F("trong đó 3.653 di tích", "3.653", 3653, "count", "di tích", total=40000,
      subject="di tích quốc gia", period=AS),
    F("quốc gia, 130 di tích", "130", 130, "count", "di tích", total=40000,
      subject="di tích quốc gia đặc biệt", period=AS),
    F("khoảng 11.000 di tích", "11.000", 11000, "count", "di tích", approx="about", total=40000,
      subject="di tích cấp tỉnh", period=AS),
    F("với 21 di tích", "21", 21, "count", "di tích", subject="di tích quốc gia đặc biệt",
      period=I(AS), location="Hà Nội"),
    F("Quảng Ninh (7)", "7", 7, "count", "di tích", subject="di tích quốc gia đặc biệt",
      period=I(AS), location="Quảng Ninh"),
    F("Bắc Ninh (5)", "5", 5, "count", "di tích", subject="di tích quốc gia đặc biệt",
      period=I(AS), location="Bắc Ninh"),
    F("Thừa Thiên Huế (5)", "5", 5, "count", "di tích", subject="di tích quốc gia đặc biệt",
      period=I(AS), location="Thừa Thiên Huế"),
    F("có 8 di sản thế giới", "8", 8, "count", "di sản thế giới", subject="di sản thế giới"),
    F("16 di sản văn hóa phi vật thể", "16", 16, "count", "di sản văn hóa phi vật thể",
      subject="di sản văn hóa phi vật thể được UNESCO ghi danh"),
    F("11 di sản tư liệu", "11", 11, "count", "di sản tư liệu",
      subject="di sản tư liệu thuộc Chương trình Ký ức thế giới"),
    F("công nhận 265 hiện vật", "265", 265, "count", "hiện vật",
      subject="hiện vật, nhóm hiện vật được công nhận là bảo vật quốc gia"),
    F("qua 12 đợt", "12", 12, "count", "đợt", subject="đợt công nhận bảo vật quốc gia"),
    F("có 197 bảo tàng", "197", 197, "count", "bảo tàng", subject="bảo tàng"),
    F("gồm 127 bảo tàng", "127", 127, "count", "bảo tàng", total=197, subject="bảo tàng công lập"),
    F("và 70 bảo tàng", "70", 70, "count", "bảo tàng", total=197, subject="bảo tàng ngoài công lập"),
    F("gần 4 triệu hiện vật", "4", 4000000, "count", "hiện vật", approx="nearly",
      subject="hiện vật các bảo tàng lưu giữ"),
    F("khoảng 13,5 triệu lượt khách", "13,5", 13500000, "count", "lượt khách", approx="about",
      change=CH("increase", 2.6, unit="lần", baseline="năm 2021"),
      subject="lượt khách các bảo tàng đón", period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("đạt 13,7 lượt khách/100 dân", "13,7", 13.7, "measure", "lượt khách/100 dân",
      subject="lượt khách tham quan bảo tàng bình quân", period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("khoảng 2.186 tỷ đồng", "2.186", 2186000000000, "money", "đồng", approx="about",
      subject="ngân sách trung ương bố trí để tu bổ, tôn tạo di tích",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("tôn tạo 152 di tích", "152", 152, "count", "di tích", subject="di tích được tu bổ, tôn tạo",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("phấn đấu 100% di tích", "100", 100, "percent", "%", status="target",
      subject="di tích quốc gia đặc biệt được tu bổ, tôn tạo", period=P("đến năm 2030", None, "2030-12-31")),
    F("và 70% di tích", "70", 70, "percent", "%", status="target",
      subject="di tích quốc gia được tu bổ, tôn tạo", period=P("đến năm 2030", None, "2030-12-31")),
    F("bình quân 10-15%/năm", "10", 10, "percent", "%", value_max=15, status="target",
      subject="tốc độ tăng số lượt khách tham quan bảo tàng bình quân", period=P("đến năm 2030", None, "2030-12-31")),
    F("cho 131 Nghệ nhân", "131", 131, "count", "Nghệ nhân Nhân dân", subject="Nghệ nhân Nhân dân được phong tặng"),
    F("và 1.619 Nghệ nhân", "1.619", 1619, "count", "Nghệ nhân Ưu tú", subject="Nghệ nhân Ưu tú được phong tặng"),
]

COMMENTS = [
    "Bộ VHTTDL site: national heritage statistics (Ngày Di sản Văn hóa Việt Nam 23/11/2023): di tích by rank, UNESCO heritage, bảo vật quốc gia, bảo tàng, budget, 2030 targets.",
    "Distractors: 'Ngày đăng: 22/11/2023', 'Lượt xem: 1.274', 'Ngày Di sản Văn hóa Việt Nam 23/11' (date), 'Giai đoạn 2021-2023', 'Quyết định số 1230/QĐ-TTg', address 'số 51 Ngô Quyền'.",
    "Location Việt Nam (ministry, cả nước); the bracketed province list gives each item its province as location, subject = the list's indicator.",
    "The trong đó parts 3.653/130/11.000 take the whole 'hơn 40.000'. 'tăng gấp 2,6 lần so với năm 2021' after 13,5 triệu is its change (lần).",
    "'10-15%/năm' under 'đến năm 2030 phấn đấu' is a target percent range (the %/năm rate is written %). Headline figures take the lead's as-of date (inherited).",
]

emit("p611-4", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Việt Nam")
