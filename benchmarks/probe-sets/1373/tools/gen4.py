"""p1373-4: ministry site (Bộ Giao thông vận tải): national inland container depots, 6 months 2024; container trucks; plan to 2030."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Hoạt động của Bộ

Hệ thống cảng cạn 6 tháng đạt hơn 1,2 triệu TEU

22/07/2024 | 15:10 | Cục Hàng hải Việt Nam

Theo Cục Hàng hải Việt Nam, tính đến ngày 30/6/2024, cả nước có 16 cảng cạn đã được công bố, tổng diện tích khoảng 590 ha, tổng năng lực thông qua đạt 3,2 triệu TEU/năm.

6 tháng đầu năm 2024, sản lượng hàng hóa thông qua hệ thống cảng cạn đạt 1.236.000 TEU, tăng 18,5% so với cùng kỳ năm 2023; trong đó khu vực phía Bắc chiếm 41%, khu vực phía Nam chiếm khoảng 55%. Các cảng cạn có sản lượng lớn nhất lần lượt là cảng cạn Tân Vạn Xuân (Bình Dương) với 286.000 TEU, cảng cạn Quế Dương (Bắc Ninh) 118.000 TEU và cảng cạn Gia Lâm Bắc (Hà Nội) 98.500 TEU.

Cả nước hiện có khoảng 78 nghìn xe đầu kéo container kinh doanh vận tải, chiếm gần 9% tổng số xe kinh doanh vận tải hàng hóa; khoảng 70% số xe tập trung tại 5 địa phương có cảng biển lớn.

Theo Quy hoạch phát triển hệ thống cảng cạn thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 979/QĐ-TTg), đến năm 2030 cả nước phát triển 35-36 cảng cạn với tổng năng lực thông qua khoảng 13-15 triệu TEU/năm, đáp ứng khoảng 25% khối lượng hàng container xuất nhập khẩu.

Phát biểu tại hội nghị, Phó Cục trưởng Trần Quang Vinh cho biết chi phí logistics của Việt Nam hiện chiếm khoảng 16,8% GDP; mục tiêu đến năm 2030 giảm xuống 12-14%. Năm 2023, Việt Nam xếp thứ 43/139 quốc gia về Chỉ số hiệu quả logistics (LPI).

Bài viết liên quan:
- Hội nghị sơ kết công tác 6 tháng đầu năm 2024 của Cục Hàng hải Việt Nam
- Công bố mở cảng cạn tại tỉnh Hải Dương

Cổng thông tin điện tử Bộ Giao thông vận tải
Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.4015
"""

ASOF = per("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_HEAD = per("6 tháng", "2024-01-01", "2024-06-30")
TO30 = per("đến năm 2030", None, "2030-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
LIST = "sản lượng hàng hóa thông qua cảng cạn"

FIGS = [
    fig("đạt hơn 1,2 triệu TEU", "1,2", 1.2e6, "measure", "TEU", approx="over",
        subject="hệ thống cảng cạn", period=H1_HEAD),
    fig("có 16 cảng cạn", "16", 16, "count", "cảng cạn", subject="cảng cạn đã được công bố", period=ASOF),
    fig("khoảng 590 ha", "590", 590, "measure", "ha", approx="about",
        subject="tổng diện tích cảng cạn", period=ASOF),
    fig("đạt 3,2 triệu TEU/năm", "3,2", 3.2e6, "measure", "TEU/năm",
        subject="tổng năng lực thông qua của cảng cạn", period=ASOF),
    fig("đạt 1.236.000 TEU", "1.236.000", 1236000, "measure", "TEU",
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"),
        subject="sản lượng hàng hóa thông qua hệ thống cảng cạn", period=H1),
    fig("chiếm 41%", "41", 41, "percent", "%",
        subject="tỷ trọng sản lượng của khu vực phía Bắc", period=H1),
    fig("chiếm khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="tỷ trọng sản lượng của khu vực phía Nam", period=H1),
    fig("với 286.000 TEU", "286.000", 286000, "measure", "TEU",
        subject=f"{LIST} Tân Vạn Xuân", period=inh(H1), location="Bình Dương"),
    fig("118.000 TEU", "118.000", 118000, "measure", "TEU",
        subject=f"{LIST} Quế Dương", period=inh(H1), location="Bắc Ninh"),
    fig("98.500 TEU", "98.500", 98500, "measure", "TEU",
        subject=f"{LIST} Gia Lâm Bắc", period=inh(H1), location="Hà Nội"),
    fig("khoảng 78 nghìn", "78", 78000, "count", "xe đầu kéo container", approx="about", percent=9,
        subject="xe đầu kéo container kinh doanh vận tải"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="số xe đầu kéo container tập trung tại 5 địa phương có cảng biển lớn"),
    fig("tại 5 địa phương", "5", 5, "count", "địa phương", subject="địa phương có cảng biển lớn"),
    fig("triển 35-36 cảng", "35", 35, "count", "cảng cạn", value_max=36, status="target",
        subject="cảng cạn cả nước phát triển", period=TO30),
    fig("khoảng 13-15 triệu", "13", 13e6, "measure", "TEU/năm", value_max=15e6, approx="about",
        status="target", subject="tổng năng lực thông qua của cảng cạn", period=TO30),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about", status="target",
        subject="khối lượng hàng container xuất nhập khẩu cảng cạn đáp ứng", period=TO30),
    fig("khoảng 16,8%", "16,8", 16.8, "percent", "%", approx="about",
        subject="chi phí logistics của Việt Nam so với GDP"),
    fig("xuống 12-14%", "12", 12, "percent", "%", value_max=14, status="target",
        subject="chi phí logistics so với GDP", period=TO30),
    fig("thứ 43/139", "43", 43, "rank", "hạng", total=139,
        subject="Chỉ số hiệu quả logistics (LPI)", period=Y23),
]

NOTES = [
    "Ministry site (Bộ Giao thông vận tải): breadcrumb, '22/07/2024 | 15:10 | Cục Hàng hải Việt Nam', related links, address footer.",
    "Distractors: 15:10, Quyết định số 979/QĐ-TTg, 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', 80 Trần Hưng Đạo, phone, link titles.",
    "National figures: location Việt Nam; items of the 'lần lượt' list take the province in brackets as location,",
    "subject = the list's indicator plus the depot's name (a depot is not a place). Items' period inherited from the previous sentence.",
    "'trong đó khu vực phía Bắc chiếm 41%' (no base amount stated for the part): percent figures of their own; a region is not a province: Việt Nam.",
    "'khoảng 78 nghìn xe ..., chiếm gần 9%' → percent 9. 'khoảng 70% số xe' is its own percent; '5 địa phương' is a count located in Việt Nam.",
    "'đến năm 2030 ... phát triển 35-36 cảng cạn' and 'mục tiêu đến năm 2030 giảm xuống 12-14%' are targets (start null).",
    "'xếp thứ 43/139 quốc gia' is a rank with total 139; its location stays Việt Nam. 'hiện chiếm khoảng 16,8% GDP' has no period.",
]

if __name__ == "__main__":
    write("p1373-4", TEXT, NOTES, FIGS, published="2024-07-22", location="Việt Nam")
