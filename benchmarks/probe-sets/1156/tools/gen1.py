"""p1156-1: Nghệ An province portal, 9 months 2024 inspections of beauty / hair establishments."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Xử phạt 58 cơ sở làm đẹp vi phạm quy định hành nghề

Cập nhật: 07/10/2024 14:20 | Lượt xem: 2.418

(nghean.gov.vn) - 9 tháng đầu năm 2024, các đoàn kiểm tra của Sở Y tế Nghệ An đã kiểm tra 426 cơ sở dịch vụ thẩm mỹ, spa, tiệm cắt tóc gội đầu trên địa bàn tỉnh, tăng 18,6% so với cùng kỳ năm 2023. Qua kiểm tra, phát hiện 112 cơ sở vi phạm, chiếm 26,3% số cơ sở được kiểm tra; xử phạt vi phạm hành chính 58 cơ sở với tổng số tiền hơn 1,74 tỷ đồng, đình chỉ hoạt động có thời hạn 9 cơ sở.

Các lỗi phổ biến là hoạt động khi chưa được cấp giấy phép, người hành nghề không có chứng chỉ, sử dụng mỹ phẩm không rõ nguồn gốc. Riêng tại TP Vinh, đoàn liên ngành phát hiện 37 cơ sở vi phạm, trong đó 21 cơ sở phun xăm, tiêm chất làm đầy khi chưa có giấy phép hoạt động. Spa Hồng Nhung 2 trên đường Lê Lợi bị phạt 85 triệu đồng và bị đình chỉ hoạt động 3 tháng.

Hiện toàn tỉnh có khoảng 2.300 tiệm cắt tóc, gội đầu, trang điểm và 164 cơ sở dịch vụ thẩm mỹ được cấp phép, tập trung chủ yếu tại TP Vinh (71 cơ sở), thị xã Cửa Lò (18 cơ sở) và huyện Diễn Châu (12 cơ sở).

Theo Nghị định số 117/2020/NĐ-CP, hành vi cung cấp dịch vụ thẩm mỹ khi chưa có giấy phép bị phạt từ 40 đến 50 triệu đồng. Trong quý IV, Sở Y tế dự kiến kiểm tra đột xuất khoảng 150 cơ sở; phấn đấu đến hết năm 2024 có 100% cơ sở dịch vụ thẩm mỹ được kiểm tra ít nhất một lần.

Đường dây nóng tiếp nhận phản ánh: 0238.3844.710.
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")
END24 = per("đến hết năm 2024", None, "2024-12-31")
LIC = "cơ sở dịch vụ thẩm mỹ được cấp phép"

FIGS = [
    fig("Xử phạt 58 cơ sở làm đẹp", "58", 58, "count", "cơ sở",
        subject="cơ sở làm đẹp vi phạm quy định hành nghề bị xử phạt"),
    fig("kiểm tra 426 cơ sở", "426", 426, "count", "cơ sở",
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="cơ sở dịch vụ thẩm mỹ, spa, tiệm cắt tóc gội đầu được kiểm tra", period=NINE),
    fig("phát hiện 112 cơ sở", "112", 112, "count", "cơ sở", percent=26.3,
        subject="cơ sở vi phạm", period=inh(NINE)),
    fig("hành chính 58 cơ sở", "58", 58, "count", "cơ sở",
        subject="cơ sở bị xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("hơn 1,74 tỷ", "1,74", 1740000000, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("có thời hạn 9 cơ sở", "9", 9, "count", "cơ sở",
        subject="cơ sở bị đình chỉ hoạt động có thời hạn", period=inh(NINE)),
    fig("phát hiện 37 cơ sở", "37", 37, "count", "cơ sở", subject="cơ sở vi phạm",
        period=inh(NINE), location="Vinh"),
    fig("trong đó 21 cơ sở", "21", 21, "count", "cơ sở", total=37,
        subject="cơ sở phun xăm, tiêm chất làm đầy khi chưa có giấy phép hoạt động",
        period=inh(NINE), location="Vinh"),
    fig("bị phạt 85 triệu", "85", 85000000, "money", "đồng",
        subject="tiền phạt Spa Hồng Nhung 2", period=inh(NINE), location="Vinh"),
    fig("hoạt động 3 tháng", "3", 3, "measure", "tháng", optional=True,
        subject="thời hạn đình chỉ hoạt động", location="Vinh"),
    fig("khoảng 2.300 tiệm", "2.300", 2300, "count", "tiệm", approx="about",
        subject="tiệm cắt tóc, gội đầu, trang điểm"),
    fig("và 164 cơ sở", "164", 164, "count", "cơ sở dịch vụ thẩm mỹ", subject=LIC),
    fig("Vinh (71 cơ sở)", "71", 71, "count", "cơ sở", subject=LIC, location="Vinh"),
    fig("Cửa Lò (18 cơ sở)", "18", 18, "count", "cơ sở", subject=LIC, location="Cửa Lò"),
    fig("Diễn Châu (12 cơ sở)", "12", 12, "count", "cơ sở", subject=LIC, location="Diễn Châu"),
    fig("phạt từ 40 đến 50 triệu", "40", 40000000, "money", "đồng", value_max=50000000,
        subject="mức phạt hành vi cung cấp dịch vụ thẩm mỹ khi chưa có giấy phép"),
    fig("khoảng 150 cơ sở", "150", 150, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở kiểm tra đột xuất", period=Q4),
    fig("có 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở dịch vụ thẩm mỹ được kiểm tra ít nhất một lần", period=END24),
    fig("ít nhất một lần", "một", 1, "measure", "lần", approx="at_least", status="target", optional=True,
        subject="số lần kiểm tra mỗi cơ sở", period=END24),
]

NOTES = [
    "Province portal (Nghệ An): Sở Y tế inspections of beauty, spa and hair establishments, 9 months 2024.",
    "Breadcrumb, 'Cập nhật: 07/10/2024 14:20 | Lượt xem: 2.418' (published). Distractors: view counter, time 14:20,",
    "'Nghị định số 117/2020/NĐ-CP', 'Spa Hồng Nhung 2' (name), 'đường Lê Lợi', hotline 0238.3844.710, tag '(nghean.gov.vn)'.",
    "112 'chiếm 26,3% số cơ sở được kiểm tra' → percent only (no total cue). 21 after 'trong đó' → total 37 (TP Vinh).",
    "District list 71+18+12 < 164 ('tập trung chủ yếu'): no total. Headline 58 has no period. Fine range (a national decree)",
    "keeps the article's place; 'đình chỉ hoạt động 3 tháng' (a penalty's length) and 'ít nhất một lần' are optional.",
    "'quý IV' takes 2024 from the article; 'dự kiến' → forecast; 'phấn đấu đến hết năm 2024' → target, as-of period.",
]

if __name__ == "__main__":
    write("p1156-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Nghệ An")
