"""p786-4: Bộ NN&PTNT ministry site — national count of boat-building yards, fleet, 2030 targets."""
from lib import emit, fig, per, inh, ch

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Thủy sản
Ngày đăng: 18/03/2024 | Lượt xem: 906

Cả nước có 872 cơ sở đóng, sửa tàu cá đủ điều kiện

Theo Cục Thủy sản, tính đến ngày 29/2/2024, cả nước có 872 cơ sở đóng mới, cải hoán tàu cá được công bố đủ điều kiện theo Luật Thủy sản 2017, phân bố tại 28 tỉnh, thành phố ven biển. Trong đó, 634 cơ sở đóng tàu vỏ gỗ (chiếm 72,7%), 152 cơ sở đóng tàu vỏ thép và 86 cơ sở đóng tàu vỏ vật liệu mới (composite, PE). Các địa phương có nhiều cơ sở nhất lần lượt là Kiên Giang (96 cơ sở), Cà Mau (81 cơ sở), Thanh Hóa (67 cơ sở) và Nghệ An (64 cơ sở).

Về đội tàu, tính đến cuối năm 2023 cả nước có 86.820 tàu cá đã đăng ký, giảm 1,8% so với năm 2022; trong đó tàu có chiều dài từ 15 m trở lên là 29.714 chiếc. Số tàu cá vỏ thép đóng theo Nghị định số 67/2014/NĐ-CP là 1.030 chiếc, hiện còn khoảng 90% tàu hoạt động hiệu quả.

Năm 2023, các cơ sở trên cả nước đã đóng mới 1.254 tàu cá và cải hoán 2.870 tàu; tỷ lệ tàu đóng mới bằng vỏ thép và vật liệu mới chiếm 23,5%, tăng 4,1 điểm phần trăm so với năm 2022.

Cục Thủy sản đặt mục tiêu đến năm 2030, tỷ lệ tàu cá đóng mới bằng vật liệu mới đạt từ 40 đến 50%, đồng thời giảm số tàu vỏ gỗ xuống dưới 60.000 chiếc.

Phòng Tàu cá - Cục Thủy sản, số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. ĐT: 024.3724.5370
"""

AS = per("tính đến ngày 29/2/2024", None, "2024-02-29")
E23 = per("tính đến cuối năm 2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
SUBJ = "cơ sở đóng mới, cải hoán tàu cá đủ điều kiện"

FIGS = [
    fig("872 cơ sở đóng, sửa", "872", 872, "count", "cơ sở", "cơ sở đóng, sửa tàu cá đủ điều kiện", inh(AS)),
    fig("có 872 cơ sở đóng mới", "872", 872, "count", "cơ sở", SUBJ, AS),
    fig("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển có cơ sở đóng mới, cải hoán tàu cá", AS),
    fig("634 cơ sở", "634", 634, "count", "cơ sở", "cơ sở đóng tàu vỏ gỗ", inh(AS), total=872, percent=72.7),
    fig("152 cơ sở", "152", 152, "count", "cơ sở", "cơ sở đóng tàu vỏ thép", inh(AS), total=872),
    fig("86 cơ sở", "86", 86, "count", "cơ sở", "cơ sở đóng tàu vỏ vật liệu mới (composite, PE)", inh(AS), total=872),
    fig("(96 cơ sở)", "96", 96, "count", "cơ sở", SUBJ, inh(AS), location="Kiên Giang"),
    fig("(81 cơ sở)", "81", 81, "count", "cơ sở", SUBJ, inh(AS), location="Cà Mau"),
    fig("(67 cơ sở)", "67", 67, "count", "cơ sở", SUBJ, inh(AS), location="Thanh Hóa"),
    fig("(64 cơ sở)", "64", 64, "count", "cơ sở", SUBJ, inh(AS), location="Nghệ An"),
    fig("có 86.820 tàu cá", "86.820", 86820, "count", "tàu cá", "tàu cá đã đăng ký", E23,
        change=ch("decrease", 1.8, baseline="năm 2022")),
    fig("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", optional=True),
    fig("là 29.714 chiếc", "29.714", 29714, "count", "chiếc", "tàu có chiều dài từ 15 m trở lên", E23, total=86820),
    fig("là 1.030 chiếc", "1.030", 1030, "count", "chiếc", "tàu cá vỏ thép đóng theo Nghị định số 67/2014/NĐ-CP"),
    fig("khoảng 90%", "90", 90, "percent", "%", "tàu cá vỏ thép hoạt động hiệu quả", approx="about"),
    fig("đóng mới 1.254 tàu cá", "1.254", 1254, "count", "tàu cá", "tàu cá đóng mới", Y23),
    fig("cải hoán 2.870 tàu", "2.870", 2870, "count", "tàu", "tàu cải hoán", Y23),
    fig("chiếm 23,5%", "23,5", 23.5, "percent", "%", "tỷ lệ tàu đóng mới bằng vỏ thép và vật liệu mới", Y23,
        change=ch("increase", 4.1, unit="điểm phần trăm", baseline="năm 2022")),
    fig("từ 40 đến 50%", "40", 40, "percent", "%", "tỷ lệ tàu cá đóng mới bằng vật liệu mới", T30,
        value_max=50, status="target"),
    fig("dưới 60.000 chiếc", "60.000", 60000, "count", "chiếc", "số tàu vỏ gỗ", T30, approx="under", status="target"),
]

COMMENTS = [
    "p786-4 — ministry site (Bộ NN&PTNT), 'Ngày đăng: 18/03/2024 | Lượt xem: 906': national count of boat-building yards and fleet.",
    "National figures → Việt Nam; the provinces in the 'lần lượt' list are the locations of their items (no total: they do not add up).",
    "634 + 152 + 86 = 872 after 'Trong đó' → total 872; '(chiếm 72,7%)' is 634's percent. 29.714 chiếc → total 86.820; '15 m trở lên' optional.",
    "'khoảng 90% tàu hoạt động hiệu quả' has no share verb after 1.030: its own percent figure. 23,5% carries a change in 'điểm phần trăm'.",
    "Distractors: Lượt xem 906, Luật Thủy sản 2017, Nghị định số 67/2014/NĐ-CP, số 10 Nguyễn Công Hoan, Hà Nội (address), ĐT 024.3724.5370.",
]

if __name__ == "__main__":
    emit("p786-4", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Việt Nam")
