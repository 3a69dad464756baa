"""p1314-8: news agency (TTXVN): wood-chip exports through Nghi Sơn port, Thanh Hóa, 10 months 2024."""
from lib import fig, period, inherit, change, write

TEXT = """Thanh Hóa: Xuất khẩu dăm gỗ qua cảng Nghi Sơn tăng mạnh

Thứ Năm, 21/11/2024 10:42

Từ đầu năm đến nay, hơn 1,35 triệu tấn dăm gỗ đã được xuất khẩu qua cảng Nghi Sơn, tăng 18% so với cùng kỳ năm 2023.

Thanh Hóa (TTXVN) - Theo Sở Công Thương Thanh Hóa, 10 tháng năm 2024, kim ngạch xuất khẩu dăm gỗ của tỉnh ước đạt 196 triệu USD, tăng 21,5% so với cùng kỳ, đứng thứ 3 trong các mặt hàng nông, lâm sản xuất khẩu của tỉnh. Thị trường chính là Trung Quốc (chiếm 71%) và Nhật Bản.

Toàn tỉnh có khoảng 160 cơ sở băm dăm, trong đó 14 nhà máy có công suất từ 50.000 tấn/năm trở lên. Nguồn nguyên liệu chủ yếu từ gần 250.000 ha rừng trồng keo, bạch đàn; mỗi năm khai thác khoảng 2,3 triệu m3 gỗ. Giá dăm gỗ tươi tại nhà máy từ 1,2 đến 1,3 triệu đồng/tấn, tăng khoảng 100.000 đồng/tấn so với đầu năm.

Tại thị xã Nghi Sơn, Công ty cổ phần Cảng Lâm sản Bắc Trung đã đầu tư 3 kho chứa với tổng sức chứa 120.000 tấn và hai cầu bến chuyên dụng cho tàu 50.000 DWT. Mỗi tháng, cảng bốc xếp trung bình 8-10 chuyến tàu dăm gỗ.

Ông Lê Văn Hòa, Phó Giám đốc Sở Công Thương cho biết, tỉnh phấn đấu cả năm 2024 kim ngạch xuất khẩu dăm gỗ đạt trên 230 triệu USD; đến năm 2025, tỷ lệ diện tích rừng trồng gỗ lớn đạt 30%.

Bốc xếp dăm gỗ tại cảng Nghi Sơn. (Ảnh: Hoài Nam/TTXVN)

Tin cùng chuyên mục:
- Thanh Hóa cấp mã số vùng trồng cho 1.200 ha keo
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-11-21")
M10 = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
NS = "Nghi Sơn"

FIGS = [
    fig("hơn 1,35 triệu", "1,35", 1.35e6, "measure", "tấn", approx="over",
        change=change("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="dăm gỗ xuất khẩu qua cảng Nghi Sơn", period=YTD),
    fig("ước đạt 196 triệu", "196", 196e6, "money", "USD", status="estimate",
        change=change("increase", 21.5, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu dăm gỗ của tỉnh", period=M10),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu dăm gỗ trong các mặt hàng nông, lâm sản xuất khẩu", period=M10),
    fig("(chiếm 71%)", "71", 71, "percent", "%",
        subject="tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu dăm gỗ", period=inherit(M10)),
    fig("khoảng 160 cơ sở", "160", 160, "count", "cơ sở", approx="about", subject="cơ sở băm dăm"),
    fig("14 nhà máy", "14", 14, "count", "nhà máy", total=160,
        subject="nhà máy có công suất từ 50.000 tấn/năm trở lên"),
    fig("từ 50.000 tấn/năm", "50.000", 50000, "measure", "tấn/năm", approx="at_least",
        subject="công suất nhà máy", optional=True),
    fig("gần 250.000 ha", "250.000", 250000, "measure", "ha", approx="nearly",
        subject="rừng trồng keo, bạch đàn"),
    fig("khoảng 2,3 triệu", "2,3", 2.3e6, "measure", "m3/năm", approx="about",
        subject="gỗ khai thác mỗi năm"),
    fig("từ 1,2 đến 1,3", "1,2", 1.2e6, "money", "đồng/tấn", value_max=1.3e6,
        change=change("increase", 100000, "đồng/tấn", "đầu năm", approx="about"),
        subject="giá dăm gỗ tươi tại nhà máy"),
    fig("tư 3 kho", "3", 3, "count", "kho", subject="kho chứa công ty đã đầu tư", location=NS),
    fig("sức chứa 120.000 tấn", "120.000", 120000, "measure", "tấn", subject="tổng sức chứa các kho",
        location=NS),
    fig("hai cầu bến", "hai", 2, "count", "cầu bến", subject="cầu bến chuyên dụng", location=NS),
    fig("tàu 50.000 DWT", "50.000", 50000, "measure", "DWT", subject="cỡ tàu cầu bến tiếp nhận",
        location=NS, optional=True),
    fig("bình 8-10 chuyến", "8", 8, "measure", "chuyến/tháng", value_max=10,
        subject="chuyến tàu dăm gỗ cảng bốc xếp mỗi tháng", location=NS),
    fig("trên 230 triệu", "230", 230e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu dăm gỗ", period=Y24),
    fig("đạt 30%", "30", 30, "percent", "%", status="target",
        subject="tỷ lệ diện tích rừng trồng gỗ lớn", period=T25),
    fig("cho 1.200 ha", "1.200", 1200, "measure", "ha", subject="diện tích keo được cấp mã số vùng trồng",
        optional=True),
]

NOTES = [
    "News agency (TTXVN): headline, 'Thứ Năm, 21/11/2024 10:42', sapo, 'Thanh Hóa (TTXVN) -', photo credit, related link.",
    "Distractors: 10:42, 'Thứ Năm', '(Ảnh: Hoài Nam/TTXVN)', baselines 'năm 2023', 'đầu năm'.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-11-21. The sapo's port throughput stays Thanh Hóa: 'cảng Nghi Sơn' names a",
    "port, not a district (borderline); the paragraph 'Tại thị xã Nghi Sơn' places its 4 figures in Nghi Sơn.",
    "'đứng thứ 3' continues the 'ước đạt' clause: estimate, period 10 tháng. '(chiếm 71%)' after a market name (no figure before it):",
    "a percent figure; Trung Quốc is a trade partner, location stays Thanh Hóa.",
    "'160 cơ sở băm dăm, trong đó 14 nhà máy' → total 160. Optional: the thresholds 'từ 50.000 tấn/năm trở lên' and 'tàu 50.000 DWT'",
    "(a qualifier and a ship class, not measured amounts), and '1.200 ha' in a related-link title (page furniture or a figure).",
    "'tăng khoảng 100.000 đồng/tấn so với đầu năm' is the change of the price range; the price is standing (no period).",
    "'phấn đấu' governs both ';' clauses: target; 'đến năm 2025' has no start.",
]

if __name__ == "__main__":
    write("p1314-8", TEXT, NOTES, FIGS, published="2024-11-21", location="Thanh Hóa")
