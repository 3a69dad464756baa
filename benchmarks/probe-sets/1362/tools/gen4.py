"""p1362-4: ministry site (Bộ Tài nguyên và Môi trường): subsidence of the Mekong Delta, national well sealing."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Tài nguyên nước

Đồng bằng sông Cửu Long lún trung bình 1,1 cm mỗi năm

11/03/2024 | 08:45 | Cục Quản lý tài nguyên nước

Theo kết quả quan trắc giai đoạn 2018-2023 của Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia, kết hợp phân tích ảnh radar vệ tinh Sentinel-1, tốc độ sụt lún trung bình của vùng Đồng bằng sông Cửu Long khoảng 1,1 cm/năm, cá biệt có khu vực trên 5 cm/năm. Các địa phương có tốc độ lún lớn nhất lần lượt là Cà Mau (3,1 cm/năm), Bạc Liêu (2,8 cm/năm), Sóc Trăng (2,6 cm/năm) và Hậu Giang (2,4 cm/năm).

Nguyên nhân chính là khai thác nước dưới đất quá mức. Toàn vùng hiện có trên 1,2 triệu giếng khoan, tổng lượng khai thác khoảng 2,5 triệu m3/ngày đêm, gấp khoảng 2 lần ngưỡng khai thác an toàn. Mực nước các tầng chứa nước chính hạ thấp trung bình 0,2-0,5 m/năm.

Theo dự báo, nếu không có giải pháp kiểm soát, đến năm 2050 khoảng 40% diện tích vùng có thể nằm dưới mực nước biển.

Năm 2023, cả nước trám lấp hơn 12.000 giếng không sử dụng, trong đó các tỉnh vùng Đồng bằng sông Cửu Long trám lấp 8.150 giếng. Bộ đặt mục tiêu đến năm 2030 giảm 20-30% lượng nước dưới đất khai thác tại các đô thị, khu công nghiệp trong vùng; xây dựng thêm 45 trạm quan trắc lún, nâng tổng số trạm của vùng lên 120 trạm.

Bản quyền thuộc Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, quận Nam Từ Liêm, Hà Nội. Điện thoại: 024.3795.6868
"""

P1823 = per("giai đoạn 2018-2023", "2018-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T2030 = per("đến năm 2030", None, "2030-12-31")
F2050 = per("đến năm 2050", None, "2050-12-31")
VN = "Việt Nam"
RATE = "tốc độ lún"


def item(name, number):
    return fig(f"{name} ({number} cm/năm)", number, float(number.replace(",", ".")), "measure", "cm/năm",
               subject=RATE, period=inh(P1823), location=name)


FIGS = [
    fig("trung bình 1,1 cm mỗi năm", "1,1", 1.1, "measure", "cm/năm",
        subject="mức lún trung bình"),
    fig("khoảng 1,1 cm/năm", "1,1", 1.1, "measure", "cm/năm", approx="about",
        subject="tốc độ sụt lún trung bình của vùng", period=P1823),
    fig("trên 5 cm/năm", "5", 5, "measure", "cm/năm", approx="over",
        subject="tốc độ sụt lún của khu vực cá biệt", period=P1823),
    item("Cà Mau", "3,1"),
    item("Bạc Liêu", "2,8"),
    item("Sóc Trăng", "2,6"),
    item("Hậu Giang", "2,4"),
    fig("trên 1,2 triệu", "1,2", 1.2e6, "count", "giếng khoan", approx="over",
        subject="giếng khoan toàn vùng"),
    fig("khoảng 2,5 triệu", "2,5", 2.5e6, "measure", "m3/ngày đêm", approx="about",
        change=chg("increase", 2, "lần", "ngưỡng khai thác an toàn", approx="about"),
        subject="tổng lượng khai thác nước dưới đất"),
    fig("trung bình 0,2-0,5 m/năm", "0,2", 0.2, "measure", "m/năm", value_max=0.5,
        subject="mực nước các tầng chứa nước chính hạ thấp"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", status="forecast",
        subject="diện tích vùng có thể nằm dưới mực nước biển", period=F2050),
    fig("hơn 12.000 giếng", "12.000", 12000, "count", "giếng", approx="over",
        subject="giếng không sử dụng trám lấp", period=Y23, location=VN),
    fig("trám lấp 8.150 giếng", "8.150", 8150, "count", "giếng", total=12000,
        subject="giếng không sử dụng trám lấp", period=Y23),
    fig("giảm 20-30%", "20", 20, "percent", "%", value_max=30, status="target",
        subject="mức giảm lượng nước dưới đất khai thác tại các đô thị, khu công nghiệp", period=T2030),
    fig("thêm 45 trạm", "45", 45, "count", "trạm", status="target",
        subject="trạm quan trắc lún xây dựng thêm", period=T2030),
    fig("lên 120 trạm", "120", 120, "count", "trạm", status="target",
        subject="tổng số trạm quan trắc lún của vùng", period=T2030),
]

NOTES = [
    "Ministry site (Bộ Tài nguyên và Môi trường): breadcrumb, '11/03/2024 | 08:45 | Cục Quản lý tài nguyên nước', copyright and address footer.",
    "Distractors: 08:45, 'Sentinel-1' (product name), 'giai đoạn 2018-2023', 'năm 2050', 'Số 10 Tôn Thất Thuyết', phone 024.3795.6868.",
    "Location: figures of the Mekong Delta region get 'Đồng bằng sông Cửu Long' (the text names the region; the spec lists",
    "province/city/district and Việt Nam only, so this is an annotation choice); 'cả nước' → Việt Nam; list items → their provinces.",
    "Headline '1,1 cm mỗi năm' is its own figure (no period in the headline).",
    "'lần lượt là Cà Mau (3,1 cm/năm), ...' list: subject 'tốc độ lún', province in location, period inherited from the previous sentence.",
    "'gấp khoảng 2 lần ngưỡng khai thác an toàn' after an amount → change (increase, 2 lần, about).",
    "'Theo dự báo ... đến năm 2050 khoảng 40%' → forecast. 'trong đó ... 8.150 giếng' → total 12.000 (the whole's value).",
    "'Bộ đặt mục tiêu đến năm 2030 ...; xây dựng thêm 45 ..., nâng tổng số ... lên 120' → target for all three clauses.",
]

if __name__ == "__main__":
    write("p1362-4", TEXT, NOTES, FIGS, published="2024-03-11", location="Đồng bằng sông Cửu Long")
