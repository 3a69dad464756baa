"""p1158-7: department site (Sở Du lịch Lào Cai), no dateline, buckwheat areas in a one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ DU LỊCH TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Phát triển vùng hoa tam giác mạch gắn với du lịch cộng đồng

Hoa tam giác mạch đã trở thành sản phẩm du lịch đặc trưng của các huyện vùng cao Lào Cai. Năm 2023, toàn tỉnh trồng 168 ha, tăng 23 ha so với năm 2022; mùa hoa đón gần 210.000 lượt khách, trong đó khoảng 15% là khách quốc tế.

Diện tích hoa tam giác mạch phân theo huyện, thị xã:
Đơn vị tính: ha
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Bắc Hà
62
70
80
Si Ma Cai
41
48
55
Mường Khương
24
30
35
Sa Pa
18
20
30
Tổng số
145
168
200

Tại xã Lùng Phình, huyện Bắc Hà, Hợp tác xã Nông nghiệp Lùng Phình có 27 thành viên, trồng 12 ha tam giác mạch. Mùa hoa năm 2023, hợp tác xã bán được hơn 3.500 chiếc bánh tam giác mạch, doanh thu 175 triệu đồng; mỗi thành viên có thêm thu nhập khoảng 2 triệu đồng/tháng.

Năm 2024, tỉnh phấn đấu đón khoảng 250.000 lượt khách mùa hoa, riêng quý IV dự kiến đón 180.000 lượt.

Bài viết liên quan:
- Ngày hội văn hóa dân tộc Mông lần thứ 4 tại Bắc Hà
- Khai mạc Phiên chợ vùng cao Si Ma Cai

SỞ DU LỊCH TỈNH LÀO CAI
Địa chỉ: Tầng 4, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai
Điện thoại: 0214.3840.216 | Email: sodulich@laocai.gov.vn
Tổng lượt truy cập: 2.316.874 | Đang trực tuyến: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLP = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Kế hoạch 2024": P("Kế hoạch 2024", "2024-01-01", "2024-12-31")}
MUA23 = P("Mùa hoa năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
BH = {"location": "Bắc Hà"}

ROWS = [("Bắc Hà", "Bắc Hà", ["62", "70", "80"]),
        ("Si Ma Cai", "Si Ma Cai", ["41", "48", "55"]),
        ("Mường Khương", "Mường Khương", ["24", "30", "35"]),
        ("Sa Pa", "Sa Pa", ["18", "20", "30"]),
        ("Tổng số", None, ["145", "168", "200"])]
COLS = ["Năm 2022", "Năm 2023", "Kế hoạch 2024"]


def table():
    out = []
    for label, place, cells in ROWS:
        prev = label
        for col, num in zip(COLS, cells):
            kw = {"location": place} if place else {}
            if col.startswith("Kế hoạch"):
                kw["status"] = "target"
            row = "" if place else "tổng số "
            out.append(F(f"{prev}\n{num}\n" if label != "Tổng số" or col != "Kế hoạch 2024" else f"{prev}\n{num}",
                         num, float(num), "measure", "ha",
                         subject=f"diện tích hoa tam giác mạch {row}{col.lower()}", period=COLP[col], **kw))
            prev = num
    return out


FIGS = [
    F("trồng 168 ha", "168", 168, "measure", "ha", change=C("increase", 23, "ha", "năm 2022"),
      subject="diện tích trồng hoa tam giác mạch", period=Y23),
    F("gần 210.000 lượt", "210.000", 210000, "count", "lượt khách", approx="nearly",
      subject="lượt khách mùa hoa tam giác mạch", period=Y23),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about", subject="tỷ lệ khách quốc tế", period=Y23),
    *table(),
    F("có 27 thành viên", "27", 27, "count", "thành viên",
      subject="thành viên Hợp tác xã Nông nghiệp Lùng Phình", **BH),
    F("trồng 12 ha", "12", 12, "measure", "ha", subject="diện tích tam giác mạch hợp tác xã trồng", **BH),
    F("hơn 3.500 chiếc", "3.500", 3500, "count", "chiếc bánh tam giác mạch", approx="over",
      subject="bánh tam giác mạch hợp tác xã bán được", period=MUA23, **BH),
    F("doanh thu 175 triệu", "175", 175e6, "money", "đồng", subject="doanh thu của hợp tác xã", period=MUA23, **BH),
    F("khoảng 2 triệu", "2", 2e6, "money", "đồng/tháng", approx="about",
      subject="thu nhập thêm của mỗi thành viên", period=MUA23, **BH),
    F("khoảng 250.000", "250.000", 250000, "count", "lượt khách", approx="about", status="target",
      subject="lượt khách mùa hoa", period=Y24),
    F("đón 180.000 lượt", "180.000", 180000, "count", "lượt", status="forecast",
      subject="lượt khách mùa hoa quý IV", period=Q4),
]

NOTES = [
    "Department site (Sở Du lịch Lào Cai), no dateline: no published. Footer address, phone, e-mail, 'Tổng lượt truy cập: 2.316.874',",
    "'Đang trực tuyến: 41', related links ('lần thứ 4'), 'Tầng 4, Khối 5' are furniture.",
    "One-cell-per-line table, 'Đơn vị tính: ha'; rows are districts / thị xã Sa Pa (location), 'Tổng số' row = Lào Cai;",
    "subject = indicator + column label; period from the column header; 'Kế hoạch 2024' column -> status target.",
    "'trong đó khoảng 15% là khách quốc tế' has no amount: a percent figure of its own. Cooperative passage in xã Lùng Phình, huyện Bắc Hà:",
    "location Bắc Hà for its sentences. 'riêng quý IV' takes 2024 from 'Năm 2024' in the same sentence; 'dự kiến' -> forecast.",
]

if __name__ == "__main__":
    write("p1158-7", TEXT, NOTES, FIGS, location="Lào Cai")
