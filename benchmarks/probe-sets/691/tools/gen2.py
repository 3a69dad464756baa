"""p691-2: huyện Cao Lộc (Lạng Sơn) district portal — Đồng Đăng international station, Q1/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND HUYỆN CAO LỘC - TỈNH LẠNG SƠN
Trang chủ » Kinh tế » Giao thông - Vận tải
Thứ Năm, 18/04/2024 - 15:20

Quý I/2024: Hơn 1.900 container hàng hóa qua ga Đồng Đăng

Theo số liệu của Ga liên vận quốc tế Đồng Đăng (thị trấn Đồng Đăng), trong quý I/2024 đã có 1.934 container hàng hóa xuất nhập khẩu được vận chuyển qua ga, tăng 2,3 lần so với cùng kỳ năm 2023. Tổng khối lượng hàng hóa đạt 41.260 tấn; trong đó hàng xuất khẩu, nhập khẩu và quá cảnh lần lượt đạt 12.480 tấn, 24.150 tấn và 4.630 tấn.

Trong 3 tháng đầu năm, ga đã đón, gửi 146 đoàn tàu liên vận, bình quân 1,6 đoàn tàu/ngày. Riêng tháng 3/2024 có 61 đoàn tàu, cao nhất từ trước đến nay. Mặt hàng xuất khẩu chủ yếu là tinh bột sắn, hoa quả sấy và gỗ dăm; hàng nhập khẩu gồm phân bón, linh kiện điện tử và máy móc.

Về vận tải hành khách, tàu liên vận Gia Lâm – Nam Ninh (Trung Quốc) được nối lại từ tháng 2/2024 với tần suất 1 chuyến/ngày mỗi chiều. Quý I, tuyến tàu phục vụ khoảng 3.200 lượt khách, trong đó khách quốc tịch nước ngoài chiếm gần 40%.

Để đáp ứng nhu cầu, UBND huyện đã phối hợp với ngành đường sắt mở rộng bãi hàng ga Đồng Đăng thêm 1,2 ha, nâng tổng diện tích bãi lên 4,5 ha, kinh phí khoảng 38 tỷ đồng. Năm 2024, ga phấn đấu vận chuyển 8.000 container, tăng 60% so với năm 2023.

Ban biên tập: Số 1 đường Hoàng Văn Thụ, thị trấn Cao Lộc. ĐT: 0205.3861.235
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
FIGS = [
    fig("Hơn 1.900 container", "1.900", 1900, "count", "container", approx="over",
        subject="container hàng hóa qua ga Đồng Đăng", period=per("Quý I/2024", "2024-01-01", "2024-03-31")),
    fig("có 1.934 container", "1.934", 1934, "count", "container",
        change=chg("increase", 2.3, "lần", baseline="cùng kỳ năm 2023"),
        subject="container hàng hóa xuất nhập khẩu được vận chuyển qua ga Đồng Đăng", period=Q1),
    fig("đạt 41.260 tấn", "41.260", 41260, "measure", "tấn",
        subject="tổng khối lượng hàng hóa", period=inh(Q1)),
    fig("đạt 12.480 tấn", "12.480", 12480, "measure", "tấn", total=41260,
        subject="hàng xuất khẩu", period=inh(Q1)),
    fig("24.150 tấn", "24.150", 24150, "measure", "tấn", total=41260,
        subject="hàng nhập khẩu", period=inh(Q1)),
    fig("4.630 tấn", "4.630", 4630, "measure", "tấn", total=41260,
        subject="hàng quá cảnh", period=inh(Q1)),
    fig("gửi 146 đoàn tàu", "146", 146, "count", "đoàn tàu",
        subject="đoàn tàu liên vận ga đón, gửi",
        period=per("3 tháng đầu năm", "2024-01-01", "2024-03-31")),
    fig("bình quân 1,6 đoàn tàu/ngày", "1,6", 1.6, "measure", "đoàn tàu/ngày",
        subject="đoàn tàu liên vận bình quân mỗi ngày",
        period=per("3 tháng đầu năm", "2024-01-01", "2024-03-31")),
    fig("có 61 đoàn tàu", "61", 61, "count", "đoàn tàu",
        subject="đoàn tàu",
        period=per("tháng 3/2024", "2024-03-01", "2024-03-31")),
    fig("tần suất 1 chuyến/ngày", "1", 1, "measure", "chuyến/ngày",
        subject="tần suất tàu liên vận Gia Lâm – Nam Ninh mỗi chiều"),
    fig("khoảng 3.200 lượt khách", "3.200", 3200, "count", "lượt khách", approx="about",
        subject="lượt khách tuyến tàu phục vụ",
        period=per("Quý I", "2024-01-01", "2024-03-31")),
    fig("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="tỷ lệ khách quốc tịch nước ngoài",
        period=per("Quý I", "2024-01-01", "2024-03-31")),
    fig("thêm 1,2 ha", "1,2", 1.2, "measure", "ha",
        subject="diện tích bãi hàng ga Đồng Đăng mở rộng thêm"),
    fig("lên 4,5 ha", "4,5", 4.5, "measure", "ha",
        subject="tổng diện tích bãi hàng ga Đồng Đăng"),
    fig("khoảng 38 tỷ đồng", "38", 38e9, "money", "đồng", approx="about",
        subject="kinh phí mở rộng bãi hàng ga Đồng Đăng"),
    fig("vận chuyển 8.000 container", "8.000", 8000, "count", "container", status="target",
        change=chg("increase", 60, baseline="năm 2023"),
        subject="container ga vận chuyển",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT huyện Cao Lộc (Lạng Sơn): hàng hóa, đoàn tàu và hành khách qua ga liên vận quốc tế Đồng Đăng, quý I/2024.",
    "District portal: every figure is Cao Lộc's (thị trấn Đồng Đăng lies in the district). Gia Lâm – Nam Ninh is a route name, not a place of the figure.",
    "'lần lượt' items after 'trong đó' take the 41.260 t whole. '3 tháng đầu năm' and 'Quý I' take 2024 from 'quý I/2024'.",
    "'mở rộng … thêm 1,2 ha, nâng tổng diện tích bãi lên 4,5 ha' — two measure figures (no tăng/giảm cue, so 1,2 ha is not a change).",
    "'tăng 2,3 lần so với cùng kỳ' is the change of 1.934 container; the 'tháng 2/2024' reopening date is not the frequency's period (none given).",
    "Not figures: dateline, tháng 2/2024, Số 1 đường Hoàng Văn Thụ, ĐT 0205.3861.235.",
    "revised after first scoring: subjects cut to the figure's own sentence: tổng khối lượng hàng hóa, đoàn tàu liên vận ga đón, gửi, đoàn tàu (61), lượt khách tuyến tàu phục vụ, container ga vận chuyển.",
]

if __name__ == "__main__":
    emit("p691-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Cao Lộc")
