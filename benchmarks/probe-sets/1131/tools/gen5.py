"""p1131-5: Party newspaper (Báo Thái Bình), rural game shops; a shop in huyện Vũ Thư. Byline + bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Thái Bình điện tử
Xã hội

Siết quản lý điểm kinh doanh trò chơi điện tử ở nông thôn

Ở nhiều vùng quê, quán game nhỏ mở ngay cạnh trường học, thu hút học sinh ở lại chơi đến khuya. Từ đầu năm đến nay, các cơ quan chức năng của tỉnh đã tăng cường kiểm tra, xử lý.

Theo Sở Thông tin và Truyền thông, 9 tháng năm 2024, toàn tỉnh Thái Bình kiểm tra 165 lượt cơ sở kinh doanh dịch vụ Internet, trò chơi điện tử công cộng, xử phạt 24 cơ sở, giảm 9 cơ sở so với cùng kỳ, với tổng số tiền 118 triệu đồng. Hiện toàn tỉnh có 412 điểm cung cấp dịch vụ trò chơi điện tử công cộng, trong đó gần 70% tập trung ở các thị trấn và TP Thái Bình.

Quán game của chị Phạm Thị H. ở thôn Nam Hưng, xã Việt Hùng (huyện Vũ Thư) có 20 máy, mở cửa từ 7 giờ sáng. Mỗi ngày quán đón khoảng 60 lượt khách, phần lớn là học sinh; thu nhập của chị từ 8 đến 10 triệu đồng mỗi tháng. Tháng 9 vừa qua, chị bị xử phạt 5 triệu đồng vì để hai học sinh lớp 8 chơi game đến 23 giờ.

Ông Nguyễn Văn Khoa, Trưởng phòng Văn hóa - Thông tin huyện Vũ Thư cho biết, huyện hiện có 38 điểm kinh doanh trò chơi điện tử, trong đó chỉ 29 điểm có giấy chứng nhận; khoảng 70% khách chơi ban đêm là học sinh THCS, THPT. "Nhiều quán đóng cửa trước, mở cửa sau cho khách quen, rất khó phát hiện", ông Khoa nói.

Năm 2025, tỉnh phấn đấu 100% điểm cung cấp dịch vụ trò chơi điện tử công cộng lắp camera giám sát, mỗi huyện, thành phố kiểm tra ít nhất hai đợt/năm.

BÍCH HẠNH
15/10/2024
"""

NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SEP = per("Tháng 9 vừa qua", "2024-09-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
VT = "Vũ Thư"

FIGS = [
    fig("kiểm tra 165 lượt", "165", 165, "count", "lượt cơ sở",
        subject="lượt cơ sở kinh doanh dịch vụ Internet, trò chơi điện tử công cộng được kiểm tra", period=NINE),
    fig("xử phạt 24 cơ sở", "24", 24, "count", "cơ sở", subject="cơ sở bị xử phạt", period=NINE,
        change=chg("decrease", 9, "cơ sở", "cùng kỳ")),
    fig("tiền 118 triệu", "118", 118000000, "money", "đồng", subject="tổng số tiền xử phạt", period=NINE),
    fig("có 412 điểm", "412", 412, "count", "điểm",
        subject="điểm cung cấp dịch vụ trò chơi điện tử công cộng"),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="tỷ lệ điểm cung cấp dịch vụ trò chơi điện tử công cộng tập trung ở các thị trấn và TP Thái Bình"),
    fig("có 20 máy", "20", 20, "count", "máy", subject="máy của quán game", location=VT),
    fig("khoảng 60 lượt", "60", 60, "count", "lượt khách", approx="about",
        subject="lượt khách quán đón mỗi ngày", location=VT),
    fig("từ 8 đến 10 triệu", "8", 8000000, "money", "đồng/tháng", value_max=10000000,
        subject="thu nhập của chủ quán", location=VT),
    fig("phạt 5 triệu", "5", 5000000, "money", "đồng", subject="tiền xử phạt chủ quán", period=SEP,
        location=VT),
    fig("để hai học sinh", "hai", 2, "count", "học sinh", subject="học sinh lớp 8 chơi game đến 23 giờ",
        period=SEP, location=VT),
    fig("có 38 điểm", "38", 38, "count", "điểm", subject="điểm kinh doanh trò chơi điện tử", location=VT),
    fig("chỉ 29 điểm", "29", 29, "count", "điểm", total=38, subject="điểm có giấy chứng nhận", location=VT),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ học sinh THCS, THPT trong khách chơi ban đêm", location=VT),
    fig("tỉnh phấn đấu 100%", "100", 100, "percent", "%", status="target", period=Y25,
        subject="tỷ lệ điểm cung cấp dịch vụ trò chơi điện tử công cộng lắp camera giám sát"),
    fig("ít nhất hai đợt", "hai", 2, "measure", "đợt/năm", approx="at_least", status="target", period=Y25,
        subject="đợt kiểm tra của mỗi huyện, thành phố"),
]

NOTES = [
    "Party newspaper (Báo Thái Bình): rural game shops. Byline 'BÍCH HẠNH' and bare date '15/10/2024' at the end (published).",
    "Distractors: '7 giờ sáng', '23 giờ' (times), 'lớp 8' (school grade), 'Từ đầu năm đến nay' (no figure), 'thôn Nam Hưng'.",
    "24 cơ sở carries 'giảm 9 cơ sở so với cùng kỳ' (change in cơ sở). 'trong đó gần 70% tập trung …' is a percent figure of its own.",
    "The shop passage (xã Việt Hùng, huyện Vũ Thư) and the district official's figures take location Vũ Thư; the shop's state has no period.",
    "'thu nhập … từ 8 đến 10 triệu đồng mỗi tháng' → money range, unit đồng/tháng. 'hai học sinh', 'hai đợt/năm' are number words.",
    "'trong đó chỉ 29 điểm có giấy chứng nhận' → total 38. 'Tháng 9 vừa qua' takes 2024 (9 tháng năm 2024 earlier; published 2024-10-15).",
]

if __name__ == "__main__":
    write("p1131-5", TEXT, NOTES, FIGS, published="2024-10-15", location="Thái Bình")
