"""p1420-4: ministry site (Bộ Công an): national stock of held vehicles, top-5 provinces, clearance in H1 2024, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức - Sự kiện » Hoạt động của lực lượng Công an

Đẩy nhanh xử lý phương tiện vi phạm tồn đọng tại các bãi tạm giữ

12/07/2024 | 10:20 | Cục Cảnh sát giao thông

Theo Cục Cảnh sát giao thông (C08), tính đến ngày 30/6/2024, Công an các địa phương đang tạm giữ khoảng 452 nghìn phương tiện vi phạm, trong đó có hơn 31.000 xe ô tô, còn lại chủ yếu là mô tô, xe gắn máy. Số phương tiện quá thời hạn tạm giữ nhưng chưa có người đến nhận chiếm khoảng 40%.

Năm địa phương có số phương tiện tồn đọng lớn nhất lần lượt là Hà Nội (58.400 xe), TP Hồ Chí Minh (52.100 xe), Đồng Nai (11.900 xe), Bình Dương (10.800 xe) và Hải Phòng (9.700 xe). Nhiều bãi tạm giữ quá tải, xuống cấp; có nơi diện tích bãi chỉ đáp ứng 30-40% nhu cầu.

Thực hiện Nghị định số 138/2021/NĐ-CP, 6 tháng đầu năm 2024, các địa phương đã xử lý, thanh lý 86.700 phương tiện quá hạn, tăng 2,3 lần so với cùng kỳ năm 2023, nộp ngân sách hơn 95 tỷ đồng. Trong đó, Hà Nội xử lý nhiều nhất với 12.900 xe.

Hiện cả nước có 1.126 bãi tạm giữ phương tiện, trong đó 214 bãi do doanh nghiệp được thuê trông giữ.

Bộ Công an đặt mục tiêu đến hết năm 2025 giảm 50% số phương tiện tồn đọng so với thời điểm ngày 31/12/2023; phấn đấu 100% bãi tạm giữ được lắp camera giám sát, kết nối với Trung tâm chỉ huy giao thông.

Đường dây nóng Cục Cảnh sát giao thông: 069.2342.608
Địa chỉ: 47 Phạm Văn Đồng, quận Cầu Giấy, TP Hà Nội
Bản quyền thuộc Bộ Công an
"""

ASOF = per("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến hết năm 2025", end="2025-12-31")


def item(anchor, number, value, place):
    return fig(anchor, number, value, "count", "xe", subject="số phương tiện tồn đọng",
               period=inh(ASOF), location=place)


FIGS = [
    fig("khoảng 452 nghìn", "452", 452000, "count", "phương tiện", approx="about",
        subject="phương tiện vi phạm Công an các địa phương đang tạm giữ", period=ASOF),
    fig("hơn 31.000 xe ô tô", "31.000", 31000, "count", "xe ô tô", approx="over", total=452000,
        subject="xe ô tô đang tạm giữ", period=ASOF),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="số phương tiện quá thời hạn tạm giữ nhưng chưa có người đến nhận", period=inh(ASOF)),
    fig("Năm địa phương", "Năm", 5, "count", "địa phương",
        subject="địa phương có số phương tiện tồn đọng lớn nhất", optional=True),
    item("Hà Nội (58.400", "58.400", 58400, "Hà Nội"),
    item("TP Hồ Chí Minh (52.100", "52.100", 52100, "TP Hồ Chí Minh"),
    item("Đồng Nai (11.900", "11.900", 11900, "Đồng Nai"),
    item("Bình Dương (10.800", "10.800", 10800, "Bình Dương"),
    item("Hải Phòng (9.700", "9.700", 9700, "Hải Phòng"),
    fig("đáp ứng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="diện tích bãi đáp ứng nhu cầu"),
    fig("thanh lý 86.700", "86.700", 86700, "count", "phương tiện",
        change=chg("increase", 2.3, "lần", "cùng kỳ năm 2023"),
        subject="phương tiện quá hạn các địa phương đã xử lý, thanh lý", period=H1),
    fig("hơn 95 tỷ", "95", 95e9, "money", "đồng", approx="over",
        subject="nộp ngân sách từ thanh lý phương tiện", period=H1),
    fig("với 12.900 xe", "12.900", 12900, "count", "xe", total=86700,
        subject="phương tiện quá hạn xử lý", period=inh(H1), location="Hà Nội"),
    fig("có 1.126 bãi", "1.126", 1126, "count", "bãi tạm giữ", subject="bãi tạm giữ phương tiện cả nước"),
    fig("trong đó 214 bãi", "214", 214, "count", "bãi", total=1126,
        subject="bãi do doanh nghiệp được thuê trông giữ"),
    fig("giảm 50%", "50", 50, "percent", "%", status="target",
        subject="số phương tiện tồn đọng", period=T25),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="bãi tạm giữ được lắp camera giám sát", period=T25),
]

NOTES = [
    "Ministry site (Bộ Công an): breadcrumb, '12/07/2024 | 10:20 | Cục Cảnh sát giao thông', hotline and address footer.",
    "Distractors: 10:20, 'C08', Nghị định số 138/2021/NĐ-CP, 'ngày 31/12/2023' (a baseline date), hotline 069.2342.608, '47 Phạm Văn Đồng'.",
    "'khoảng 452 nghìn' = 452 000 (multiplier nghìn). 31.000 ô tô after 'trong đó' → total 452 000; same sentence, so the as-of period is scored.",
    "'chiếm khoảng 40%' in its own sentence with no amount → a percent figure (about); as-of period inherited.",
    "'Năm địa phương' (number word at the start of a sentence, a top-5 list head) is optional, as the shared gold's '05 địa phương cao nhất'.",
    "List items: subject is the list's indicator, the province is the location; period inherited from the first paragraph.",
    "'tăng 2,3 lần so với cùng kỳ năm 2023' → change in lần. 'Trong đó, Hà Nội ... 12.900 xe' after a sentence break → total 86.700.",
    "'giảm 50%' is a target rate as the claim (percent, no change); '; phấn đấu 100%' stands in the same sentence as 'đến hết năm 2025'.",
]

if __name__ == "__main__":
    write("p1420-4", TEXT, NOTES, FIGS, published="2024-07-12", location="Việt Nam")
