"""p1262-8: radio/TV site (BPTV, Bình Phước): water-saving irrigation 11 months 2024, a durian grower in Phú Riềng, support funds."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BPTV - ĐÀI PHÁT THANH - TRUYỀN HÌNH VÀ BÁO BÌNH PHƯỚC
Thời sự | Kinh tế | Nông nghiệp | Video

Bình Phước: Hơn 2.300 ha cây trồng được lắp mới hệ thống tưới tiết kiệm nước

Cập nhật lúc 18:25, Thứ Ba, 03/12/2024

Video: Thời sự BPTV 19h00 | Thời lượng 02:35

BPTV - 11 tháng năm 2024, nông dân trên địa bàn tỉnh đã lắp đặt mới hệ thống tưới tiết kiệm nước cho hơn 2.300 ha cây trồng, tăng 18% so với cùng kỳ. Hiện toàn tỉnh có khoảng 21.500 ha được tưới tiết kiệm nước, chiếm 4,6% diện tích cây lâu năm.

Tại huyện Phú Riềng, ông Đỗ Văn Hậu ở xã Long Hà có 5 ha sầu riêng, lắp đặt hệ thống tưới phun mưa gốc với 1.250 béc tưới, chi phí khoảng 150 triệu đồng. Mỗi lần tưới, hệ thống chỉ chạy 45 phút thay vì 3 giờ như trước; mỗi năm gia đình tiết kiệm khoảng 40 triệu đồng tiền điện và công lao động. Xã Long Hà hiện có hơn hai mươi hộ áp dụng mô hình tương tự.

Năm 2024, tỉnh được phân bổ 15 tỷ đồng từ Chương trình mục tiêu quốc gia giảm nghèo bền vững để hỗ trợ tưới tiết kiệm nước; tính đến ngày 30/11/2024, đã giải ngân 9,6 tỷ đồng, đạt 64% kế hoạch vốn. Các cơ sở lắp đặt thiết bị tưới trên địa bàn thu hút khoảng 350 lao động, thu nhập 8-10 triệu đồng/người/tháng.

Năm 2025, tỉnh phấn đấu phát triển thêm 3.000 ha tưới tiết kiệm nước, ưu tiên sầu riêng, hồ tiêu và cây ăn quả có múi; dự kiến tổ chức 12 lớp tập huấn cho khoảng 600 nông dân.

Địa chỉ: 228 Quốc lộ 14, phường Tân Phú, TP Đồng Xoài, tỉnh Bình Phước
Đường dây nóng: 0271.3870.939
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("tính đến ngày 30/11/2024", None, "2024-11-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
PR = "Phú Riềng"

FIGS = [
    fig("Hơn 2.300 ha", "2.300", 2300, "measure", "ha", approx="over",
        subject="cây trồng được lắp mới hệ thống tưới tiết kiệm nước"),
    fig("hơn 2.300 ha", "2.300", 2300, "measure", "ha", approx="over",
        change=chg("increase", 18, "%", "cùng kỳ"),
        subject="cây trồng được lắp đặt mới hệ thống tưới tiết kiệm nước", period=M11),
    fig("khoảng 21.500 ha", "21.500", 21500, "measure", "ha", approx="about", percent=4.6,
        subject="diện tích được tưới tiết kiệm nước toàn tỉnh"),
    fig("có 5 ha", "5", 5, "measure", "ha",
        subject="diện tích sầu riêng của ông Đỗ Văn Hậu", location=PR),
    fig("1.250 béc", "1.250", 1250, "count", "béc tưới",
        subject="béc tưới của hệ thống tưới phun mưa gốc", location=PR),
    fig("khoảng 150 triệu", "150", 150e6, "money", "đồng", approx="about",
        subject="chi phí lắp đặt hệ thống tưới phun mưa gốc", location=PR),
    fig("chạy 45 phút", "45", 45, "measure", "phút",
        subject="thời gian hệ thống chạy mỗi lần tưới", location=PR),
    fig("3 giờ", "3", 3, "measure", "giờ",
        subject="thời gian mỗi lần tưới trước đây", location=PR),
    fig("khoảng 40 triệu", "40", 40e6, "money", "đồng/năm", approx="about",
        subject="tiền điện và công lao động gia đình tiết kiệm", location=PR),
    fig("hơn hai mươi hộ", "hai mươi", 20, "count", "hộ", approx="over",
        subject="hộ áp dụng mô hình tương tự", location=PR),
    fig("bổ 15 tỷ", "15", 15e9, "money", "đồng",
        subject="kinh phí tỉnh được phân bổ để hỗ trợ tưới tiết kiệm nước", period=Y24),
    fig("ngân 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", percent=64,
        subject="kinh phí đã giải ngân", period=ASOF),
    fig("khoảng 350 lao động", "350", 350, "count", "lao động", approx="about",
        subject="lao động các cơ sở lắp đặt thiết bị tưới thu hút"),
    fig("nhập 8-10 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập lao động các cơ sở lắp đặt thiết bị tưới"),
    fig("thêm 3.000 ha", "3.000", 3000, "measure", "ha", status="target",
        subject="diện tích tưới tiết kiệm nước phát triển thêm", period=Y25),
    fig("12 lớp", "12", 12, "count", "lớp", status="forecast",
        subject="lớp tập huấn", period=Y25),
    fig("khoảng 600 nông dân", "600", 600, "count", "nông dân", approx="about", status="forecast",
        subject="nông dân được tập huấn", period=Y25),
]

NOTES = [
    "Radio/TV site (BPTV Bình Phước): banner, menu, 'Cập nhật lúc 18:25, Thứ Ba, 03/12/2024', video line, tag 'BPTV -', address footer.",
    "Distractors: 18:25, '19h00', 'Thời lượng 02:35', '228 Quốc lộ 14', hotline 0271.3870.939, 'Chương trình mục tiêu quốc gia' (a name).",
    "Headline 'Hơn 2.300 ha' is its own figure (no period in the headline). '11 tháng năm 2024' → 2024-01-01..2024-11-30.",
    "'Hiện toàn tỉnh có khoảng 21.500 ha ..., chiếm 4,6%' → percent 4.6, no period ('Hiện').",
    "The grower in huyện Phú Riềng (xã Long Hà) → location Phú Riềng. '45 phút thay vì 3 giờ như trước': both durations are claims (measure).",
    "'mỗi năm ... tiết kiệm khoảng 40 triệu đồng' → unit đồng/năm (a rate). 'hơn hai mươi hộ' → number word 20, over.",
    "'Năm 2024, ... 15 tỷ đồng; tính đến ngày 30/11/2024, đã giải ngân 9,6 tỷ đồng, đạt 64% kế hoạch vốn' → the as-of date is the nearer",
    "period phrase of 9,6 tỷ (end 2024-11-30); 'đạt 64% kế hoạch vốn' → percent 64 (a share, no second number: no target).",
    "'Năm 2025, tỉnh phấn đấu ...; dự kiến tổ chức 12 lớp ... khoảng 600 nông dân' → 3.000 ha target; 12 lớp and 600 nông dân forecast.",
]

if __name__ == "__main__":
    write("p1262-8", TEXT, NOTES, FIGS, published="2024-12-03", location="Bình Phước")
