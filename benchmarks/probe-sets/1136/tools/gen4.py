"""p1136-4: ministry site (Bộ Giao thông vận tải), national rural road figures 2021-2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Kết cấu hạ tầng giao thông

Cả nước đầu tư gần 28.000 km đường giao thông nông thôn trong 3 năm

Ngày đăng: 27/02/2024 | Lượt xem: 1.105

Theo Vụ Kết cấu hạ tầng giao thông, giai đoạn 2021-2023, cả nước đã đầu tư xây dựng, cải tạo, nâng cấp 27.850 km đường giao thông nông thôn, bình quân khoảng 9.280 km/năm. Tính đến ngày 31/12/2023, tổng chiều dài đường giao thông nông thôn đạt hơn 668.000 km, trong đó đường huyện 67.450 km, đường xã 170.120 km, còn lại là đường thôn, xóm và đường nội đồng.

Tỷ lệ đường huyện được nhựa hóa hoặc bê tông hóa đạt 98,6%; đường xã đạt 97,2%; đường thôn, xóm đạt 88,4%, tăng 6,3 điểm phần trăm so với năm 2020. Có 5 địa phương đã cứng hóa 100% đường xã và đường thôn, xóm gồm Hà Nam, Nam Định, Thái Bình, Bắc Ninh và Hưng Yên. Các tỉnh có khối lượng làm mới lớn nhất giai đoạn 2021-2023 lần lượt là Thanh Hóa (1.840 km), Nghệ An (1.652 km) và Hà Tĩnh (1.318 km).

Về nguồn lực, tổng vốn huy động cho giao thông nông thôn giai đoạn này khoảng 186.500 tỷ đồng; trong đó ngân sách nhà nước chiếm 71,3%, nhân dân đóng góp trên 21.400 tỷ đồng và hiến hơn 14,6 triệu m2 đất.

Mục tiêu đến năm 2025, 100% đường huyện được nhựa hóa hoặc bê tông hóa, ít nhất 99% đường xã và trên 90% đường thôn, xóm được cứng hóa. Bộ Giao thông vận tải đề nghị các địa phương dành tối thiểu 20% vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 cho giao thông.

Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
Điện thoại: 024.3942.4015 | Email: banbientap@mt.gov.vn
"""

G = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
GTHIS = per("giai đoạn này", "2021-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
NEW = "khối lượng đường giao thông nông thôn làm mới"

FIGS = [
    fig("gần 28.000 km", "28.000", 28000, "measure", "km", approx="nearly",
        subject="đường giao thông nông thôn đầu tư"),
    fig("nâng cấp 27.850 km", "27.850", 27850, "measure", "km",
        subject="đường giao thông nông thôn đầu tư xây dựng, cải tạo, nâng cấp", period=G),
    fig("khoảng 9.280 km/năm", "9.280", 9280, "measure", "km/năm", approx="about",
        subject="đường giao thông nông thôn đầu tư bình quân", period=G),
    fig("hơn 668.000 km", "668.000", 668000, "measure", "km", approx="over",
        subject="tổng chiều dài đường giao thông nông thôn", period=ASOF),
    fig("huyện 67.450 km", "67.450", 67450, "measure", "km", total=668000,
        subject="chiều dài đường huyện", period=ASOF),
    fig("xã 170.120 km", "170.120", 170120, "measure", "km", total=668000,
        subject="chiều dài đường xã", period=ASOF),
    fig("đạt 98,6%", "98,6", 98.6, "percent", "%",
        subject="tỷ lệ đường huyện được nhựa hóa hoặc bê tông hóa", period=inh(ASOF)),
    fig("đạt 97,2%", "97,2", 97.2, "percent", "%",
        subject="tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa", period=inh(ASOF)),
    fig("đạt 88,4%", "88,4", 88.4, "percent", "%",
        change=chg("increase", 6.3, "điểm phần trăm", "năm 2020"),
        subject="tỷ lệ đường thôn, xóm được nhựa hóa hoặc bê tông hóa", period=inh(ASOF)),
    fig("Có 5 địa phương", "5", 5, "count", "địa phương",
        subject="địa phương đã cứng hóa 100% đường xã và đường thôn, xóm"),
    fig("cứng hóa 100%", "100", 100, "percent", "%",
        subject="tỷ lệ đường xã và đường thôn, xóm được cứng hóa"),
    fig("Thanh Hóa (1.840 km)", "1.840", 1840, "measure", "km", subject=NEW, location="Thanh Hóa", period=G),
    fig("Nghệ An (1.652 km)", "1.652", 1652, "measure", "km", subject=NEW, location="Nghệ An", period=G),
    fig("Hà Tĩnh (1.318 km)", "1.318", 1318, "measure", "km", subject=NEW, location="Hà Tĩnh", period=G),
    fig("khoảng 186.500 tỷ", "186.500", 186500e9, "money", "đồng", approx="about",
        subject="tổng vốn huy động cho giao thông nông thôn", period=GTHIS),
    fig("chiếm 71,3%", "71,3", 71.3, "percent", "%",
        subject="tỷ lệ ngân sách nhà nước trong tổng vốn huy động", period=GTHIS),
    fig("trên 21.400 tỷ", "21.400", 21400e9, "money", "đồng", approx="over", total=186500e9,
        subject="vốn nhân dân đóng góp", period=GTHIS),
    fig("hơn 14,6 triệu", "14,6", 14.6e6, "measure", "m2", approx="over",
        subject="đất nhân dân hiến", period=GTHIS),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ đường huyện được nhựa hóa hoặc bê tông hóa", period=T25),
    fig("ít nhất 99%", "99", 99, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ đường xã được cứng hóa", period=T25),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ đường thôn, xóm được cứng hóa", period=T25),
    fig("tối thiểu 20%", "20", 20, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới dành cho giao thông",
        period=per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]

NOTES = [
    "Ministry site (Bộ GTVT), national: 'Ngày đăng: 27/02/2024 | Lượt xem: 1.105', address/phone footer.",
    "Distractors: 'trong 3 năm' (duration in headline), 'giai đoạn 2021-2023', counter 1.105, '80 Trần Hưng Đạo', phone, 'm2'.",
    "Location Việt Nam; the five provinces after 'Có 5 địa phương ... gồm' do not make the 100% provincial.",
    "'lần lượt là Thanh Hóa (1.840 km) ...' list items: subject the list's indicator, place in location.",
    "'giai đoạn này' refers back to 2021-2023 in the same paragraph chain: resolved and scored.",
    "'ngân sách nhà nước chiếm 71,3%' is a share without base amount: its own percent figure (no total).",
    "'hiến hơn 14,6 triệu m2 đất' counts land, not money: no total from 186.500 tỷ.",
    "'tối thiểu 20% vốn ... giai đoạn 2021-2025': a recommendation read as a target.",
]

if __name__ == "__main__":
    write("p1136-4", TEXT, NOTES, FIGS, published="2024-02-27", location="Việt Nam")
