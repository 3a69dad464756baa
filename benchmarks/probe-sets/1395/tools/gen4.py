"""p1395-4: ministry site (Bộ KH&CN): national barcode registrations 2024, top provinces, GS1, fees."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ > Tin tức - Sự kiện > Tiêu chuẩn - Đo lường - Chất lượng

Năm 2024: Hơn 8.900 doanh nghiệp được cấp mới mã số mã vạch
10/01/2025 | 16:05 | Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia

Theo Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia, năm 2024, cả nước có 8.932 tổ chức, doanh nghiệp được cấp mới mã số mã vạch, tăng 7,4% so với năm 2023, nâng tổng số tổ chức, doanh nghiệp đang sử dụng mã số mã vạch lên khoảng 58.000. Tổng số thu phí cấp và duy trì mã số mã vạch ước đạt 62,3 tỷ đồng, bằng 103,8% dự toán.

Các địa phương có số doanh nghiệp được cấp mới nhiều nhất là TP Hồ Chí Minh (2.415), Hà Nội (1.876), Bình Dương (512) và Đồng Nai (398). Hai thành phố lớn chiếm khoảng 48% tổng số doanh nghiệp được cấp mới của cả nước.

Hệ thống cơ sở dữ liệu sản phẩm quốc gia hiện lưu trữ thông tin của hơn 1,1 triệu sản phẩm, trong đó khoảng 640.000 sản phẩm đã được doanh nghiệp xác thực. Ứng dụng tra cứu VNPC Check ghi nhận trung bình 35.000 lượt tra cứu/ngày.

Việt Nam là thành viên của Tổ chức GS1 quốc tế từ năm 1995, với mã quốc gia 893. GS1 hiện có 118 tổ chức thành viên, phục vụ hơn 2 triệu doanh nghiệp trên thế giới.

Theo Thông tư số 232/2016/TT-BTC, phí cấp mã doanh nghiệp là 1.000.000 đồng/mã; phí duy trì hằng năm từ 500.000 đến 2.000.000 đồng tùy loại mã.

Năm 2025, Ủy ban phấn đấu cấp mới mã số mã vạch cho khoảng 9.500 tổ chức, doanh nghiệp; mục tiêu đến năm 2030 có ít nhất 80% doanh nghiệp sản xuất hàng tiêu dùng sử dụng mã số mã vạch và 50% sản phẩm có thông tin trên cơ sở dữ liệu quốc gia.

Bản quyền thuộc Bộ Khoa học và Công nghệ
Địa chỉ: 113 Trần Duy Hưng, quận Cầu Giấy, Hà Nội
"""

HEAD = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
NEW = "doanh nghiệp được cấp mới mã số mã vạch"

FIGS = [
    fig("Hơn 8.900", "8.900", 8900, "count", "doanh nghiệp", approx="over", subject=NEW, period=HEAD),
    fig("có 8.932 tổ chức", "8.932", 8932, "count", "tổ chức, doanh nghiệp",
        change=chg("increase", 7.4, "%", "năm 2023"),
        subject="tổ chức, doanh nghiệp được cấp mới mã số mã vạch", period=Y24),
    fig("lên khoảng 58.000", "58.000", 58000, "count", "tổ chức, doanh nghiệp", approx="about",
        subject="tổng số tổ chức, doanh nghiệp đang sử dụng mã số mã vạch", period=Y24),
    fig("ước đạt 62,3 tỷ", "62,3", 62.3e9, "money", "đồng", status="estimate", percent=103.8,
        subject="tổng số thu phí cấp và duy trì mã số mã vạch", period=inh(Y24)),
    fig("Minh (2.415)", "2.415", 2415, "count", "doanh nghiệp", location="TP Hồ Chí Minh",
        subject=NEW, period=inh(Y24)),
    fig("Hà Nội (1.876)", "1.876", 1876, "count", "doanh nghiệp", location="Hà Nội",
        subject=NEW, period=inh(Y24)),
    fig("Bình Dương (512)", "512", 512, "count", "doanh nghiệp", location="Bình Dương",
        subject=NEW, period=inh(Y24)),
    fig("Đồng Nai (398)", "398", 398, "count", "doanh nghiệp", location="Đồng Nai",
        subject=NEW, period=inh(Y24)),
    fig("Hai thành phố", "Hai", 2, "count", "thành phố", subject="thành phố lớn", optional=True),
    fig("khoảng 48%", "48", 48, "percent", "%", approx="about",
        subject="tỷ trọng doanh nghiệp được cấp mới của hai thành phố lớn trong tổng số cả nước",
        period=inh(Y24)),
    fig("hơn 1,1 triệu", "1,1", 1.1e6, "count", "sản phẩm", approx="over",
        subject="sản phẩm có thông tin lưu trữ trên hệ thống cơ sở dữ liệu sản phẩm quốc gia"),
    fig("khoảng 640.000", "640.000", 640000, "count", "sản phẩm", approx="about", total=1.1e6,
        subject="sản phẩm đã được doanh nghiệp xác thực"),
    fig("trung bình 35.000", "35.000", 35000, "measure", "lượt tra cứu/ngày",
        subject="lượt tra cứu ứng dụng VNPC Check ghi nhận"),
    fig("có 118 tổ chức", "118", 118, "count", "tổ chức thành viên", location="",
        subject="tổ chức thành viên của GS1"),
    fig("hơn 2 triệu", "2", 2e6, "count", "doanh nghiệp", approx="over", location="",
        subject="doanh nghiệp GS1 phục vụ trên thế giới"),
    fig("là 1.000.000", "1.000.000", 1e6, "money", "đồng/mã", subject="phí cấp mã doanh nghiệp"),
    fig("từ 500.000 đến 2.000.000", "500.000", 500000, "money", "đồng/năm", value_max=2e6,
        subject="phí duy trì hằng năm"),
    fig("khoảng 9.500", "9.500", 9500, "count", "tổ chức, doanh nghiệp", approx="about", status="target",
        subject="tổ chức, doanh nghiệp được cấp mới mã số mã vạch", period=Y25),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="doanh nghiệp sản xuất hàng tiêu dùng sử dụng mã số mã vạch", period=T30),
    fig("và 50% sản phẩm", "50", 50, "percent", "%", status="target",
        subject="sản phẩm có thông tin trên cơ sở dữ liệu quốc gia", period=T30),
]

NOTES = [
    "Ministry site (Bộ KH&CN): breadcrumb, '10/01/2025 | 16:05 | Ủy ban ...' under the headline, copyright and address footer.",
    "Distractors: 16:05, 'mã quốc gia 893', 'từ năm 1995', 'Thông tư số 232/2016/TT-BTC', '113 Trần Duy Hưng', 'VNPC Check', 'GS1'.",
    "National figures: location Việt Nam; the list 'TP Hồ Chí Minh (2.415), Hà Nội (1.876) ...' shares the indicator, each item located in its city/province.",
    "'Hai thành phố lớn' names the group whose share follows: optional. The 48% share of the two cities in the national total stays 'Việt Nam'.",
    "GS1's worldwide figures (118 member organisations, hơn 2 triệu doanh nghiệp) describe no Vietnamese place: location null (\"\").",
    "'trung bình 35.000 lượt tra cứu/ngày' is a rate (measure). 'phí duy trì hằng năm từ 500.000 đến 2.000.000 đồng' -> money range, unit đồng/năm (annual fee).",
    "'khoảng 58.000' stands in the 'năm 2024' sentence: period 2024. '62,3 tỷ ... bằng 103,8% dự toán' -> estimate, percent 103.8.",
    "'Năm 2025 ... phấn đấu' -> target; 'mục tiêu đến năm 2030' -> target, start null / end 2030-12-31, both coordinated shares.",
]

if __name__ == "__main__":
    write("p1395-4", TEXT, NOTES, FIGS, published="2025-01-10", location="Việt Nam")
