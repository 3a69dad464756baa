"""p1482-2: district portal (huyện Hậu Lộc, Thanh Hóa): nylon rope making in the fishing commune Ngư Lộc."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẬU LỘC - TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Ngư Lộc: Nghề se dây nilon giữ nhịp cho vùng biển

Ngày đăng: 21/03/2025 | Người đăng: Ban biên tập

Xã Ngư Lộc hiện có hơn ba trăm hộ làm nghề se dây nilon, đan lưới, tập trung ở các thôn Y Bích, Minh Thịnh. Năm 2024, các hộ se được khoảng 1.350 tấn dây các loại, giá trị sản xuất đạt 68,5 tỷ đồng, tăng 9,2% so với năm 2023, chiếm gần 18% giá trị sản xuất tiểu thủ công nghiệp của xã và đứng thứ 3 toàn huyện.

Dây se tại Ngư Lộc chủ yếu là dây chão neo tàu, dây kéo lưới, có đường kính từ 10 đến 32 mm, bán cho ngư dân trong huyện và các tỉnh Nghệ An, Hà Tĩnh. Anh Lê Văn Thành, chủ cơ sở se dây Thành Đạt ở thôn 3, cho biết mỗi tháng cơ sở xuất bán 12-15 tấn, giá bán bình quân 38.000 đồng/kg; cơ sở có hai máy se công nghiệp và ba chục lao động, thu nhập 7-8 triệu đồng/người/tháng.

Những tháng đầu năm, nhu cầu dây tăng do nhiều tàu cá chuẩn bị ra khơi; sản lượng quý I/2025 ước đạt 380 tấn, tăng khoảng 6% so với cùng kỳ.

Năm 2025, xã phấn đấu giá trị sản xuất nghề se dây, đan lưới đạt trên 75 tỷ đồng; dự kiến hỗ trợ 20 hộ vay vốn mua máy se tự động với mức vay tối đa 100 triệu đồng/hộ. Huyện Hậu Lộc cũng đang hoàn thiện hồ sơ đề nghị công nhận làng nghề se dây Ngư Lộc theo Nghị định số 52/2018/NĐ-CP.

Liên hệ: UBND huyện Hậu Lộc, Tiểu khu Khánh Phú, thị trấn Hậu Lộc | ĐT: 0237.3831.234
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn ba trăm hộ", "ba trăm", 300, "count", "hộ", approx="over",
        subject="hộ làm nghề se dây nilon, đan lưới"),
    fig("khoảng 1.350 tấn", "1.350", 1350, "measure", "tấn", approx="about",
        subject="dây các loại các hộ se được", period=Y24),
    fig("đạt 68,5 tỷ", "68,5", 68.5e9, "money", "đồng", percent=18,
        change=chg("increase", 9.2, "%", "năm 2023"),
        subject="giá trị sản xuất nghề se dây", period=Y24),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="giá trị sản xuất nghề se dây so với toàn huyện", period=Y24),
    fig("từ 10 đến 32 mm", "10", 10, "measure", "mm", value_max=32,
        subject="đường kính dây chão neo tàu, dây kéo lưới se tại Ngư Lộc"),
    fig("xuất bán 12-15 tấn", "12", 12, "measure", "tấn/tháng", value_max=15,
        subject="dây cơ sở se dây Thành Đạt xuất bán mỗi tháng"),
    fig("bình quân 38.000", "38.000", 38000, "money", "đồng/kg",
        subject="giá bán bình quân dây của cơ sở Thành Đạt"),
    fig("hai máy se", "hai", 2, "count", "máy se", subject="máy se công nghiệp của cơ sở Thành Đạt"),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động", subject="lao động của cơ sở Thành Đạt"),
    fig("thu nhập 7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập lao động cơ sở Thành Đạt"),
    fig("ước đạt 380 tấn", "380", 380, "measure", "tấn", status="estimate",
        change=chg("increase", 6, "%", "cùng kỳ", approx="about"),
        subject="sản lượng dây", period=Q1),
    fig("trên 75 tỷ", "75", 75e9, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất nghề se dây, đan lưới", period=Y25),
    fig("hỗ trợ 20 hộ", "20", 20, "count", "hộ", status="forecast",
        subject="hộ được hỗ trợ vay vốn mua máy se tự động", period=Y25),
    fig("tối đa 100 triệu", "100", 100e6, "money", "đồng/hộ", approx="at_most", status="forecast",
        subject="mức vay mua máy se tự động", period=Y25),
]

NOTES = [
    "District portal (huyện Hậu Lộc, Thanh Hóa): banner with the district, menu, 'Ngày đăng: 21/03/2025', contact footer.",
    "Distractors: 'thôn 3', Nghị định số 52/2018/NĐ-CP, phone 0237.3831.234, 'quý I/2025' (a period), dateline.",
    "Ngư Lộc is a commune, not a district: every figure is located in Hậu Lộc (the default).",
    "'hơn ba trăm hộ' is a number word (300, over). 'ba chục lao động' = 30, 'hai máy se' = 2.",
    "68,5 tỷ đồng: change 9,2% vs năm 2023; 'chiếm gần 18% giá trị sản xuất tiểu thủ công nghiệp của xã' is its percent",
    "(the attribute carries the value only; approx of a share is not scored). 'đứng thứ 3 toàn huyện' continues the clause: rank 3, period 2024.",
    "'có đường kính từ 10 đến 32 mm' states the product range as a predicate: a required measure range.",
    "'mỗi tháng ... 12-15 tấn' is a monthly rate (tấn/tháng); the Thành Đạt figures are standing (no period).",
    "'ước đạt 380 tấn' quý I/2025 (published 21/03, so the quarter is estimated); change 'tăng khoảng 6%'.",
    "'Năm 2025, xã phấn đấu ...; dự kiến ...': the first clause is target, the clause after ';' with 'dự kiến' is forecast",
    "(its own cue), and 'tối đa 100 triệu đồng/hộ' continues the forecast clause; all take 'Năm 2025' of the same sentence.",
]

if __name__ == "__main__":
    write("p1482-2", TEXT, NOTES, FIGS, published="2025-03-21", location="Hậu Lộc")
