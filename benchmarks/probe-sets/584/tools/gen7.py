"""p584-7: Sở Công Thương Hà Nội department site (no dateline) — electricity saved 2023, one-cell-per-line table."""
from lib import emit, fig, period, inh, change

TEXT = """SỞ CÔNG THƯƠNG HÀ NỘI
Trang chủ » Năng lượng » Tiết kiệm năng lượng

Hà Nội tiết kiệm hơn 1 tỷ kWh điện trong năm 2023

Năm 2023, Thành phố đã tiết kiệm được 1,08 tỷ kWh điện, đạt 2,9% tổng điện thương phẩm, vượt 0,4 điểm phần trăm so với kế hoạch. Kết quả theo nhóm khách hàng như sau:

Sản lượng điện tiết kiệm theo nhóm khách hàng
Đơn vị tính: triệu kWh
Nhóm khách hàng
Năm 2022
Năm 2023
Kế hoạch 2024
Công nghiệp - xây dựng
412,5
468,2
490
Thương mại - dịch vụ
186,3
205,7
215
Hành chính, sự nghiệp
48,6
52,1
55
Chiếu sáng công cộng
21,4
24,8
26
Sinh hoạt
297,2
329,2
344

Cũng trong năm 2023, 1.126 cơ sở sử dụng năng lượng trọng điểm trên địa bàn đã thực hiện 3.418 giải pháp tiết kiệm năng lượng với tổng vốn đầu tư khoảng 640 tỷ đồng. Lượng năng lượng tiết kiệm được tương đương 118.600 TOE, giúp giảm phát thải khoảng 352.000 tấn CO2. Riêng trong chiến dịch Giờ Trái đất 2023, toàn Thành phố tiết kiệm được 246.000 kWh điện chỉ trong 1 giờ tắt đèn.

Năm 2024, Thành phố phấn đấu tiết kiệm tối thiểu 1,13 tỷ kWh, tương đương 3% tổng điện thương phẩm; 100% cơ sở sử dụng năng lượng trọng điểm thực hiện kiểm toán năng lượng theo quy định.

Sở Công Thương Hà Nội - Số 331 Trần Khát Chân, quận Hai Bà Trưng
Điện thoại: 024.3976.5217
Tổng số lượt truy cập: 2.461.337
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("năm 2023", "2023-01-01", "2023-12-31")
K24 = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
S = "Sản lượng điện tiết kiệm"


def row(label, cells):
    """cells: (anchor, number) for 2022, 2023, plan 2024."""
    out = []
    for (a, n), (col, p) in zip(cells, (("năm 2022", Y22), ("năm 2023", Y23), ("kế hoạch 2024", K24))):
        kw = {"status": "target"} if col.startswith("kế") else {}
        out.append(fig(a, n, float(n.replace(",", ".")) * 1e6, "measure", "kWh", f"{S} {label} {col}", p, **kw))
    return out


FIGS = [
    fig("hơn 1 tỷ kWh", "1", 1e9, "measure", "kWh", "điện tiết kiệm", Y23b, approx="over"),
    fig("được 1,08 tỷ kWh", "1,08", 1.08e9, "measure", "kWh", "điện tiết kiệm được", Y23, percent=2.9,
        change=change("increase", 0.4, "điểm phần trăm", baseline="kế hoạch")),
]
FIGS += row("công nghiệp - xây dựng", [("412,5", "412,5"), ("468,2", "468,2"), ("468,2\n490", "490")])
FIGS += row("thương mại - dịch vụ", [("186,3", "186,3"), ("205,7", "205,7"), ("205,7\n215", "215")])
FIGS += row("hành chính, sự nghiệp", [("48,6", "48,6"), ("52,1", "52,1"), ("52,1\n55", "55")])
FIGS += row("chiếu sáng công cộng", [("21,4", "21,4"), ("24,8", "24,8"), ("24,8\n26", "26")])
FIGS += row("sinh hoạt", [("297,2", "297,2"), ("329,2", "329,2"), ("329,2\n344", "344")])
FIGS += [
    fig("2023, 1.126 cơ sở", "1.126", 1126, "count", "cơ sở", "cơ sở sử dụng năng lượng trọng điểm thực hiện giải pháp",
        period("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("3.418 giải pháp", "3.418", 3418, "count", "giải pháp", "giải pháp tiết kiệm năng lượng",
        period("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 640 tỷ đồng", "640", 640e9, "money", "đồng", "tổng vốn đầu tư cho giải pháp tiết kiệm năng lượng",
        period("Cũng trong năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    fig("118.600 TOE", "118.600", 118600, "measure", "TOE", "lượng năng lượng tiết kiệm được", inh(Y23b)),
    fig("khoảng 352.000 tấn", "352.000", 352000, "measure", "tấn CO2", "lượng phát thải giảm", inh(Y23b),
        approx="about"),
    fig("được 246.000 kWh", "246.000", 246000, "measure", "kWh", "điện tiết kiệm trong chiến dịch Giờ Trái đất"),
    fig("trong 1 giờ", "1", 1, "measure", "giờ", optional=True),
    fig("tối thiểu 1,13 tỷ kWh", "1,13", 1.13e9, "measure", "kWh", "điện tiết kiệm", Y24, approx="at_least", percent=3,
        status="target"),
    fig("100% cơ sở", "100", 100, "percent", "%", "cơ sở sử dụng năng lượng trọng điểm thực hiện kiểm toán năng lượng",
        Y24, status="target"),
]

COMMENTS = [
    "Sở Công Thương Hà Nội department page, no dateline (footer visit counter only): electricity saved 2023, plan 2024.",
    "'Giờ Trái đất 2023' is a campaign name (no period given); 'trong 1 giờ tắt đèn' (a duration of the action) is optional.",
    "Distractors: 'Số 331 Trần Khát Chân', phone 024.3976.5217, 'Tổng số lượt truy cập: 2.461.337'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu kWh' (x10^6, unit kWh); periods from column headers (scored, as shared h23);",
    "'Kế hoạch 2024' column -> target. 'vượt 0,4 điểm phần trăm so với kế hoạch' is a gap to plan: change (increase) on 1,08 tỷ kWh.",
    "'tương đương 118.600 TOE' has no figure before it (verb of its own subject): own figure. 'tương đương 3%' after 1,13 tỷ kWh: its percent.",
]

if __name__ == "__main__":
    emit("p584-7", TEXT, COMMENTS, FIGS, location="Hà Nội")
