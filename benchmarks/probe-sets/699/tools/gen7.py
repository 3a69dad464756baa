"""p699-7: department site (Chi cục Thủy sản Quảng Ninh), no dateline, one-cell-per-line table."""
from lib import fig, per, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
Chi cục Thủy sản

Phát triển nuôi cua biển vùng bãi triều

Năm 2023, tổng diện tích nuôi cua biển toàn tỉnh Quảng Ninh đạt 2.480 ha, sản lượng 1.865 tấn, giá trị sản xuất khoảng 560 tỷ đồng. Cua được nuôi chủ yếu trong ao đầm nước lợ kết hợp với tôm, cá tại các địa phương phía Đông của tỉnh.

Bảng: Diện tích nuôi cua biển một số địa phương
Đơn vị tính: ha
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Đầm Hà
620
705
780
Tiên Yên
540
590
650
Hải Hà
410
452
500
Quảng Yên
385
398
420

Mô hình nuôi cua thương phẩm trong hộp nhựa tuần hoàn nước tại huyện Đầm Hà cho tỷ lệ sống trên 85%, năng suất gấp 8-10 lần nuôi ao đất. Tỉnh hỗ trợ 50% kinh phí mua hộp nuôi, tối đa 200 triệu đồng/hộ theo Nghị quyết số 194/2019/NQ-HĐND. Trại giống thủy sản Tiên Yên mỗi năm sản xuất khoảng 3,5 triệu con cua giống, cung cấp cho người nuôi trong và ngoài tỉnh. Tuy nhiên, nguồn cua giống tự nhiên ngày càng khan hiếm; giá cua giống cỡ 1,5-2 cm hiện từ 2.500 đến 3.000 đồng/con.

Năm 2024, Chi cục phấn đấu nâng tổng diện tích nuôi cua biển toàn tỉnh lên 2.750 ha, sản lượng đạt trên 2.000 tấn.

Địa chỉ: Tầng 6, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long. Điện thoại: 0203.3835.651
Tổng số lượt truy cập: 2.716.409
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Đầm Hà", ["620", "705", "780"]), ("Tiên Yên", ["540", "590", "650"]),
        ("Hải Hà", ["410", "452", "500"]), ("Quảng Yên", ["385", "398", "420"])]

FIGS = [
    fig("đạt 2.480 ha", "2.480", 2480, "measure", "ha", "tổng diện tích nuôi cua biển", Y23),
    fig("sản lượng 1.865 tấn", "1.865", 1865, "measure", "tấn", "sản lượng cua biển", Y23),
    fig("khoảng 560 tỷ đồng", "560", 560000000000, "money", "đồng", "giá trị sản xuất nuôi cua biển", Y23,
        approx="about"),
]
for label, cells in ROWS:
    prev = label
    for (col, p, st), c in zip(COLS, cells):
        kw = {"status": st} if st != "actual" else {}
        FIGS.append(fig(f"{prev}\n{c}", c, int(c), "measure", "ha", f"diện tích nuôi cua biển {col.lower()}", p,
                        location=label, **kw))
        prev = c
FIGS += [
    fig("trên 85%", "85", 85, "percent", "%", "tỷ lệ sống mô hình nuôi cua trong hộp nhựa tuần hoàn nước",
        approx="over", location="Đầm Hà"),
    fig("gấp 8-10 lần", "8", 8, "multiple", "lần", "năng suất nuôi cua trong hộp nhựa so với nuôi ao đất",
        value_max=10, location="Đầm Hà"),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", "tỷ lệ hỗ trợ kinh phí mua hộp nuôi"),
    fig("tối đa 200 triệu đồng/hộ", "200", 200000000, "money", "đồng/hộ", "mức hỗ trợ kinh phí mua hộp nuôi",
        approx="at_most"),
    fig("khoảng 3,5 triệu con", "3,5", 3500000, "count", "con cua giống",
        "cua giống Trại giống thủy sản Tiên Yên sản xuất mỗi năm", approx="about", location="Tiên Yên"),
    fig("cỡ 1,5-2 cm", "1,5", 1.5, "measure", "cm", "kích cỡ cua giống", value_max=2, optional=True),
    fig("từ 2.500 đến 3.000 đồng/con", "2.500", 2500, "money", "đồng/con", "giá cua giống", value_max=3000),
    fig("lên 2.750 ha", "2.750", 2750, "measure", "ha", "tổng diện tích nuôi cua biển", Y24, status="target"),
    fig("trên 2.000 tấn", "2.000", 2000, "measure", "tấn", "sản lượng cua biển", Y24, approx="over",
        status="target"),
]

NOTES = [
    "Chi cục Thủy sản Quảng Ninh (department site), no dateline: nuôi cua biển năm 2023, table one cell per line",
    "(Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024) with 'Đơn vị tính: ha'. Row labels are districts/towns -> location;",
    "periods from column headers (scored, as shared h23); 'Kế hoạch 2024' column -> status target.",
    "'gấp 8-10 lần nuôi ao đất' is a claim of its own (multiple, range). 'hỗ trợ 50% kinh phí' is a percent figure.",
    "'Tầng 6', 'Trụ sở Liên cơ quan số 3', 'Nghị quyết số 194/2019/NQ-HĐND', phone, visit counter are not figures.",
    "Trại giống thủy sản Tiên Yên -> location Tiên Yên (the hatchery's district, named). Seed size 'cỡ 1,5-2 cm' is optional.",
]

if __name__ == "__main__":
    write("p699-7", TEXT, NOTES, FIGS, location="Quảng Ninh")
