"""p1131-1: Nghệ An province portal, 9 months 2024 inspections of Internet and game points."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nghệ An: Xử lý 71 cơ sở kinh doanh Internet, trò chơi điện tử vi phạm

Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.417

(nghean.gov.vn) - 9 tháng đầu năm 2024, các đoàn kiểm tra liên ngành của tỉnh Nghệ An đã kiểm tra 436 lượt điểm truy cập Internet công cộng và điểm cung cấp dịch vụ trò chơi điện tử công cộng, tăng 15,2% so với cùng kỳ năm 2023, đạt 87% kế hoạch năm. Qua kiểm tra, phát hiện 71 cơ sở vi phạm, trong đó 29 cơ sở hoạt động quá giờ quy định, 17 cơ sở không có giấy chứng nhận đủ điều kiện hoạt động, 25 cơ sở mắc các lỗi khác như không niêm yết nội quy, cài đặt trò chơi chưa được phê duyệt.

Cơ quan chức năng đã ban hành 58 quyết định xử phạt vi phạm hành chính với tổng số tiền 412,5 triệu đồng, nhắc nhở, cho ký cam kết 13 cơ sở. Các địa phương có nhiều cơ sở vi phạm là TP Vinh (19 cơ sở), thị xã Cửa Lò (8 cơ sở) và huyện Diễn Châu (7 cơ sở).

Đáng chú ý, qua các đợt kiểm tra ban đêm, lực lượng chức năng phát hiện 64 trẻ em, học sinh dưới 18 tuổi đang chơi game sau 22 giờ, nhiều em là học sinh THCS.

Hiện toàn tỉnh có 1.204 điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp giấy chứng nhận, với khoảng 21.600 máy tính; trong đó TP Vinh có 458 điểm, chiếm 38%. Giá dịch vụ phổ biến từ 5.000 đến 8.000 đồng/giờ.

Quý IV, Sở Thông tin và Truyền thông dự kiến tổ chức thêm 3 đợt kiểm tra cao điểm; phấn đấu đến cuối năm có 100% điểm được kiểm tra ít nhất một lần. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0238.3599.113.
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
EOY = per("đến cuối năm", None, "2024-12-31")
VIOL = "cơ sở kinh doanh dịch vụ Internet, trò chơi điện tử vi phạm"

FIGS = [
    fig("Xử lý 71 cơ sở", "71", 71, "count", "cơ sở", subject=VIOL),
    fig("kiểm tra 436 lượt", "436", 436, "count", "lượt",
        subject="lượt kiểm tra điểm truy cập Internet công cộng và điểm cung cấp dịch vụ trò chơi điện tử công cộng",
        period=NINE, percent=87, change=chg("increase", 15.2, "%", "cùng kỳ năm 2023")),
    fig("phát hiện 71 cơ sở", "71", 71, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(NINE)),
    fig("29 cơ sở hoạt động", "29", 29, "count", "cơ sở", subject="cơ sở hoạt động quá giờ quy định",
        period=inh(NINE), total=71),
    fig("17 cơ sở không", "17", 17, "count", "cơ sở",
        subject="cơ sở không có giấy chứng nhận đủ điều kiện hoạt động", period=inh(NINE), total=71),
    fig("25 cơ sở mắc", "25", 25, "count", "cơ sở", subject="cơ sở mắc các lỗi khác",
        period=inh(NINE), total=71),
    fig("ban hành 58 quyết định", "58", 58, "count", "quyết định",
        subject="quyết định xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("412,5 triệu", "412,5", 412500000, "money", "đồng", subject="tổng số tiền xử phạt vi phạm hành chính",
        period=inh(NINE)),
    fig("cam kết 13 cơ sở", "13", 13, "count", "cơ sở", subject="cơ sở bị nhắc nhở, cho ký cam kết",
        period=inh(NINE)),
    fig("Vinh (19 cơ sở)", "19", 19, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(NINE),
        location="Vinh"),
    fig("Cửa Lò (8 cơ sở)", "8", 8, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(NINE),
        location="Cửa Lò"),
    fig("Diễn Châu (7 cơ sở)", "7", 7, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(NINE),
        location="Diễn Châu"),
    fig("phát hiện 64 trẻ em", "64", 64, "count", "trẻ em, học sinh",
        subject="trẻ em, học sinh dưới 18 tuổi chơi game sau 22 giờ", period=inh(NINE)),
    fig("dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under", optional=True,
        subject="độ tuổi trẻ em, học sinh"),
    fig("có 1.204 điểm", "1.204", 1204, "count", "điểm",
        subject="điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp giấy chứng nhận"),
    fig("khoảng 21.600 máy tính", "21.600", 21600, "count", "máy tính", approx="about",
        subject="máy tính tại các điểm cung cấp dịch vụ trò chơi điện tử công cộng"),
    fig("có 458 điểm", "458", 458, "count", "điểm", total=1204, percent=38,
        subject="điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp giấy chứng nhận", location="Vinh"),
    fig("từ 5.000 đến 8.000", "5.000", 5000, "money", "đồng/giờ", value_max=8000,
        subject="giá dịch vụ"),
    fig("thêm 3 đợt", "3", 3, "count", "đợt", status="forecast", period=Q4,
        subject="đợt kiểm tra cao điểm"),
    fig("có 100% điểm", "100", 100, "percent", "%", status="target", period=EOY,
        subject="tỷ lệ điểm được kiểm tra ít nhất một lần"),
    fig("ít nhất một lần", "một", 1, "count", "lần", approx="at_least", status="target", optional=True,
        subject="số lần kiểm tra mỗi điểm"),
]

NOTES = [
    "Province portal (Nghệ An): inspections of public Internet / game points, 9 months 2024. Breadcrumb,",
    "'Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.417'. Distractors: view counter, 14:20, 'sau 22 giờ' (time), hotline 0238.3599.113.",
    "436 carries a change (tăng 15,2% so với cùng kỳ) and a share of plan (đạt 87% kế hoạch năm → percent).",
    "29/17/25 follow 'trong đó' after 71 (sum 71). 458 điểm follows 'trong đó' after 1.204 điểm with 21.600 máy tính in between:",
    "the whole is the one counting the same thing (điểm). District list after 'là' gets no total (a selection).",
    "'dưới 18 tuổi' (age threshold) and 'ít nhất một lần' (frequency in the target) are optional. Headline 71 has no period.",
    "Quý IV takes 2024 (nearest earlier date); 'đến cuối năm' is an as-of end 2024-12-31 for the target.",
]

if __name__ == "__main__":
    write("p1131-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Nghệ An")
