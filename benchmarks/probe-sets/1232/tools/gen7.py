"""p1232-7: Sở Tài chính Lào Cai department site, no dateline — electronic games for foreigners, 6 months 2024; one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ TÀI CHÍNH TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Liên hệ

Kết quả kinh doanh trò chơi điện tử có thưởng dành cho người nước ngoài 6 tháng đầu năm 2024

Trên địa bàn tỉnh Lào Cai hiện có 3 doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện kinh doanh trò chơi điện tử có thưởng, đều đặt điểm kinh doanh tại TP Lào Cai, với tổng số 142 máy (trong đó 118 máy đang hoạt động).

6 tháng đầu năm 2024, các điểm kinh doanh đón 46.000 lượt khách, đạt 56% kế hoạch năm; doanh thu ước đạt 96,4 tỷ đồng, tăng 15,7% so với cùng kỳ năm 2023; các doanh nghiệp đã nộp ngân sách 31,2 tỷ đồng. Khách chủ yếu là người Trung Quốc nhập cảnh qua Cửa khẩu quốc tế đường bộ số II Kim Thành, chiếm khoảng 92%.

Lượt khách đến từng điểm kinh doanh:
Đơn vị tính: lượt khách
Điểm kinh doanh
Năm 2023
6 tháng đầu năm 2024
Khách sạn Kim Cương
41.260
23.870
Khách sạn Sao Việt
28.530
16.140
Khách sạn Thiên Hải
12.410
5.990
Tổng số
82.200
46.000

Qua kiểm tra định kỳ, Sở Tài chính đã nhắc nhở 1 doanh nghiệp chưa niêm yết đầy đủ thông báo cấm người Việt Nam vào chơi. Mức phạt cho hành vi này từ 20 đến 40 triệu đồng.

6 tháng cuối năm, các doanh nghiệp phấn đấu đón thêm 36.000 lượt khách; dự kiến cả năm nộp ngân sách khoảng 65 tỷ đồng.

Tin liên quan
- Hội nghị triển khai nhiệm vụ tài chính - ngân sách năm 2024
- Tăng cường quản lý thu thuế đối với hộ kinh doanh

SỞ TÀI CHÍNH TỈNH LÀO CAI
Địa chỉ: Tầng 4, Khối 3, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai
Điện thoại: 0214.3840.256 | Fax: 0214.3840.257
Tổng lượt truy cập: 2.305.116 | Đang trực tuyến: 37
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")


def cell(anchor, number, row, col):
    period = Y23 if col == "Năm 2023" else H1
    return fig(anchor, number, float(number.replace(".", "")), "count", "lượt khách",
               subject=f"lượt khách {row} {col.lower()}", period=period)


FIGS = [
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện kinh doanh trò chơi điện tử có thưởng"),
    fig("tổng số 142 máy", "142", 142, "count", "máy", subject="máy trò chơi điện tử có thưởng"),
    fig("118 máy", "118", 118, "count", "máy", total=142, subject="máy trò chơi điện tử có thưởng đang hoạt động"),
    fig("đón 46.000 lượt khách", "46.000", 46000, "count", "lượt khách", percent=56,
        subject="lượt khách đến các điểm kinh doanh trò chơi điện tử có thưởng", period=H1),
    fig("ước đạt 96,4 tỷ", "96,4", 96.4e9, "money", "đồng", status="estimate",
        change=chg("increase", 15.7, "%", "cùng kỳ năm 2023"),
        subject="doanh thu kinh doanh trò chơi điện tử có thưởng", period=H1),
    fig("ngân sách 31,2 tỷ", "31,2", 31.2e9, "money", "đồng",
        subject="nộp ngân sách của các doanh nghiệp", period=H1),
    fig("chiếm khoảng 92%", "92", 92, "percent", "%", approx="about",
        subject="tỷ lệ khách là người Trung Quốc", period=inh(H1)),
    cell("Kim Cương\n41.260", "41.260", "Khách sạn Kim Cương", "Năm 2023"),
    cell("41.260\n23.870", "23.870", "Khách sạn Kim Cương", "6 tháng đầu năm 2024"),
    cell("Sao Việt\n28.530", "28.530", "Khách sạn Sao Việt", "Năm 2023"),
    cell("28.530\n16.140", "16.140", "Khách sạn Sao Việt", "6 tháng đầu năm 2024"),
    cell("Thiên Hải\n12.410", "12.410", "Khách sạn Thiên Hải", "Năm 2023"),
    cell("12.410\n5.990", "5.990", "Khách sạn Thiên Hải", "6 tháng đầu năm 2024"),
    cell("Tổng số\n82.200", "82.200", "tổng số", "Năm 2023"),
    cell("82.200\n46.000", "46.000", "tổng số", "6 tháng đầu năm 2024"),
    fig("nhắc nhở 1 doanh nghiệp", "1", 1, "count", "doanh nghiệp",
        subject="doanh nghiệp bị nhắc nhở do chưa niêm yết đầy đủ thông báo cấm người Việt Nam vào chơi"),
    fig("từ 20 đến 40 triệu", "20", 20e6, "money", "đồng", value_max=40e6,
        subject="mức phạt hành vi chưa niêm yết thông báo cấm người Việt Nam vào chơi"),
    fig("thêm 36.000 lượt", "36.000", 36000, "count", "lượt khách", status="target",
        subject="lượt khách đón thêm", period=H2),
    fig("khoảng 65 tỷ", "65", 65e9, "money", "đồng", approx="about", status="forecast",
        subject="nộp ngân sách", period=YEAR),
]

NOTES = [
    "Department site (Sở Tài chính Lào Cai), no dateline: menu, 'Tin liên quan', footer with address, phone/fax, 'Tổng lượt truy cập: 2.305.116 | Đang trực tuyến: 37'.",
    "One-cell-per-line table, 'Đơn vị tính: lượt khách'; row labels are hotels (not places); periods from the column headers (scored).",
    "All three businesses are in TP Lào Cai: location Lào Cai throughout. Table cells get no total; the 'Tổng số' row is its own figures.",
    "Distractors: 'Cửa khẩu quốc tế đường bộ số II' (a name), 'Tầng 4, Khối 3', phone/fax, counters, 'năm 2024' in a related-link title.",
    "'(trong đó 118 máy …)' → total 142. 'ước đạt' governs the revenue clause only; 'các doanh nghiệp đã nộp' is actual.",
    "Year-less '6 tháng cuối năm', 'cả năm' → 2024 (title / earlier text). The fine range is a standing rule (no period).",
]

if __name__ == "__main__":
    write("p1232-7", TEXT, NOTES, FIGS, location="Lào Cai")
