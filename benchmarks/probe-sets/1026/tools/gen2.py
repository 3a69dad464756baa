from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC HÀ - TỈNH LÀO CAI
Tin tức - Sự kiện > Kinh tế
Thứ Năm, 28/09/2023 - 16:05

Xã Bản Phố: 9 tháng hỗ trợ 146 hộ xây nhà tiêu hợp vệ sinh

Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg, 9 tháng đầu năm 2023, xã Bản Phố đã hỗ trợ 146 hộ đồng bào Mông xây dựng nhà tiêu hợp vệ sinh, đạt 97,3% kế hoạch (150 hộ). Mỗi hộ được hỗ trợ 3 triệu đồng để mua xi măng, ống nhựa, bệ xí; phần còn lại người dân tự bỏ công, góp vật liệu tại chỗ.

Theo ông Lù Seo Dìn, Chủ tịch UBND xã, toàn xã hiện có 842 hộ, trong đó 611 hộ đã có nhà tiêu hợp vệ sinh, chiếm 72,6%, tăng 17,4 điểm phần trăm so với cuối năm 2022. Tuy vậy, vẫn còn khoảng 90 hộ ở các thôn Sừ Mần Khang, Nhiều Cù Ván chưa có nhà tiêu hoặc dùng nhà tiêu tạm. Cán bộ xã đã chia thành 4 tổ xuống từng thôn vận động, hướng dẫn bà con làm bể chứa phân hai ngăn.

Toàn huyện Bắc Hà, tính đến 30/9/2023, tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh đạt 68,5%; riêng 9 tháng đã có 1.027 hộ được hỗ trợ, với tổng kinh phí hơn 3,1 tỷ đồng. Bên cạnh đó, Phòng giao dịch Ngân hàng Chính sách xã hội huyện đã cho 215 hộ vay vốn làm công trình nước sạch, nhà tiêu với doanh số cho vay 4,3 tỷ đồng, bình quân 20 triệu đồng/hộ. Nhiều hộ ven đường tỉnh 153 đã xây nhà vệ sinh khép kín có bể tự hoại.

Huyện phấn đấu đến cuối năm 2023 nâng tỷ lệ hộ có nhà tiêu hợp vệ sinh lên 70% và đến năm 2025 đạt trên 80%.

Thu Hà - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

LOC = "Bắc Hà"
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9b = P("9 tháng", "2023-01-01", "2023-09-30")

FIGS = [
    F("9 tháng hỗ trợ 146 hộ", "146", "count", "hộ",
      subject="hộ được hỗ trợ xây nhà tiêu hợp vệ sinh", period=P("9 tháng", "2023-01-01", "2023-09-30")),
    F("đã hỗ trợ 146 hộ", "146", "count", "hộ", percent=97.3, target=T(150, "hộ", False),
      subject="hộ đồng bào Mông được hỗ trợ xây dựng nhà tiêu hợp vệ sinh", period=M9),
    F("hỗ trợ 3 triệu đồng", "3", "money", "đồng/hộ", mult=10**6,
      subject="mức hỗ trợ mỗi hộ", period=I(M9)),
    F("có 842 hộ", "842", "count", "hộ", subject="hộ toàn xã"),
    F("trong đó 611 hộ", "611", "count", "hộ", total=842, percent=72.6,
      change=C("increase", 17.4, "điểm phần trăm", "cuối năm 2022"),
      subject="hộ đã có nhà tiêu hợp vệ sinh"),
    F("khoảng 90 hộ", "90", "count", "hộ", approx="about",
      subject="hộ chưa có nhà tiêu hoặc dùng nhà tiêu tạm"),
    F("thành 4 tổ", "4", "count", "tổ", subject="tổ vận động xuống thôn", optional=True),
    F("đạt 68,5%", "68,5", "percent", "%",
      subject="tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh", period=P("tính đến 30/9/2023", end="2023-09-30")),
    F("có 1.027 hộ", "1.027", "count", "hộ", subject="hộ được hỗ trợ", period=M9b),
    F("hơn 3,1 tỷ đồng", "3,1", "money", "đồng", mult=10**9, approx="over",
      subject="tổng kinh phí hỗ trợ", period=M9b),
    F("cho 215 hộ", "215", "count", "hộ",
      subject="hộ vay vốn làm công trình nước sạch, nhà tiêu", period=I(M9b)),
    F("cho vay 4,3 tỷ đồng", "4,3", "money", "đồng", mult=10**9,
      subject="doanh số cho vay", period=I(M9b)),
    F("bình quân 20 triệu đồng/hộ", "20", "money", "đồng/hộ", mult=10**6,
      subject="mức vay bình quân", period=I(M9b)),
    F("lên 70%", "70", "percent", "%", status="target",
      subject="tỷ lệ hộ có nhà tiêu hợp vệ sinh", period=P("đến cuối năm 2023", end="2023-12-31")),
    F("trên 80%", "80", "percent", "%", approx="over", status="target",
      subject="tỷ lệ hộ có nhà tiêu hợp vệ sinh", period=P("đến năm 2025", end="2025-12-31")),
]

write("p1026-2", TEXT, FIGS, published="2023-09-28", location=LOC, notes=[
    "District portal (Bắc Hà, Lào Cai): commune Bản Phố latrine support in 9 months 2023, district rate, policy loans, targets.",
    "Distractors: Quyết định số 1719/QĐ-TTg, 'Thứ Năm', 16:05, đường tỉnh 153, 'bể chứa phân hai ngăn' (a design, not a count).",
    "Commune figures take the district (Bắc Hà) as location. 'hiện có' gets no period. '4 tổ' (work teams) optional.",
    "'đạt 97,3% kế hoạch (150 hộ)': percent 97.3 and target 150 hộ (not met).",
])
