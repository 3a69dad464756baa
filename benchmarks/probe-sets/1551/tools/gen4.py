"""p1551-4: ministry site (Bộ LĐ-TB&XH, Cục An toàn lao động): testing of personal protective equipment, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > An toàn, vệ sinh lao động

Hơn 1.200 lô phương tiện bảo vệ cá nhân được thử nghiệm trong 6 tháng

28/08/2024 | 09:40 | Cục An toàn lao động

Theo Cục An toàn lao động, 6 tháng đầu năm 2024, các tổ chức được chỉ định đã thử nghiệm 1.248 lô phương tiện bảo vệ cá nhân nhập khẩu và sản xuất trong nước, tăng 9,6% so với cùng kỳ năm 2023. Trong đó, 1.187 lô đạt yêu cầu, chiếm 95,1%; 61 lô không đạt, chủ yếu là găng tay cách điện, mũ an toàn công nghiệp và giày chống đâm xuyên.

Cả nước hiện có 23 tổ chức được chỉ định thử nghiệm phương tiện bảo vệ cá nhân, tập trung chủ yếu tại Hà Nội (9 tổ chức), TP Hồ Chí Minh (8 tổ chức) và Đà Nẵng (2 tổ chức).

Theo Thông tư số 01/2021/TT-BLĐTBXH, phương tiện bảo vệ cá nhân thuộc danh mục sản phẩm, hàng hóa có khả năng gây mất an toàn phải được chứng nhận hợp quy trước khi lưu thông, như găng tay cách điện, dây đai an toàn, mặt nạ phòng độc.

Năm 2023, cả nước có khoảng 270 doanh nghiệp sản xuất phương tiện bảo vệ cá nhân, sử dụng gần 85.000 lao động; giá trị thị trường đồ bảo hộ lao động ước khoảng 1,3 tỷ USD. Các chuyên gia dự báo thị trường này sẽ tăng trưởng bình quân 7-8%/năm trong giai đoạn 2024-2030.

Cục đề nghị các địa phương tăng cường kiểm tra. Mục tiêu đến năm 2025, 100% doanh nghiệp sản xuất, nhập khẩu phương tiện bảo vệ cá nhân thực hiện công bố hợp quy và ít nhất 90% người lao động làm các nghề nặng nhọc, độc hại được trang bị đầy đủ phương tiện bảo vệ cá nhân.

Cục An toàn lao động
Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3826.9534
"""

H6 = per("trong 6 tháng", "2024-01-01", "2024-06-30")
S6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
G = per("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Hơn 1.200 lô", "1.200", 1200, "count", "lô", approx="over",
        subject="lô phương tiện bảo vệ cá nhân được thử nghiệm", period=H6),
    fig("thử nghiệm 1.248 lô", "1.248", 1248, "count", "lô",
        change=chg("increase", 9.6, "%", "cùng kỳ năm 2023"),
        subject="lô phương tiện bảo vệ cá nhân nhập khẩu và sản xuất trong nước được thử nghiệm", period=S6),
    fig("1.187 lô đạt", "1.187", 1187, "count", "lô", total=1248, percent=95.1,
        subject="lô đạt yêu cầu", period=inh(S6)),
    fig("61 lô không đạt", "61", 61, "count", "lô", total=1248, subject="lô không đạt", period=inh(S6)),
    fig("có 23 tổ chức", "23", 23, "count", "tổ chức",
        subject="tổ chức được chỉ định thử nghiệm phương tiện bảo vệ cá nhân"),
    fig("Hà Nội (9 tổ chức)", "9", 9, "count", "tổ chức",
        subject="tổ chức được chỉ định thử nghiệm phương tiện bảo vệ cá nhân", location="Hà Nội"),
    fig("TP Hồ Chí Minh (8 tổ chức)", "8", 8, "count", "tổ chức",
        subject="tổ chức được chỉ định thử nghiệm phương tiện bảo vệ cá nhân", location="TP Hồ Chí Minh"),
    fig("Đà Nẵng (2 tổ chức)", "2", 2, "count", "tổ chức",
        subject="tổ chức được chỉ định thử nghiệm phương tiện bảo vệ cá nhân", location="Đà Nẵng"),
    fig("khoảng 270 doanh nghiệp", "270", 270, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất phương tiện bảo vệ cá nhân", period=Y23),
    fig("gần 85.000 lao động", "85.000", 85000, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sản xuất phương tiện bảo vệ cá nhân sử dụng", period=Y23),
    fig("ước khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "USD", approx="about", status="estimate",
        subject="giá trị thị trường đồ bảo hộ lao động", period=Y23),
    fig("bình quân 7-8%/năm", "7", 7, "percent", "%", value_max=8, status="forecast",
        subject="tăng trưởng bình quân thị trường đồ bảo hộ lao động", period=G),
    fig("2025, 100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp sản xuất, nhập khẩu phương tiện bảo vệ cá nhân thực hiện công bố hợp quy", period=T25),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="người lao động làm các nghề nặng nhọc, độc hại được trang bị đầy đủ phương tiện bảo vệ cá nhân",
        period=T25),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH, Cục An toàn lao động): breadcrumb, '28/08/2024 | 09:40 | Cục An toàn lao động', address footer.",
    "National figures: location Việt Nam; the list 'Hà Nội (9 tổ chức), TP Hồ Chí Minh (8 tổ chức) và Đà Nẵng (2 tổ chức)' puts each",
    "city in location. The list items follow 'tập trung chủ yếu tại' (no part-of cue) and add up to 19 of 23: no total.",
    "Distractors: 09:40, Thông tư số 01/2021/TT-BLĐTBXH, 'Số 12 Ngô Quyền', phone 024.3826.9534; 'giai đoạn 2024-2030' is a period.",
    "'Trong đó, 1.187 lô đạt yêu cầu, chiếm 95,1%; 61 lô không đạt': parts of 1.248 after a sentence break (total), period inherited.",
    "Headline 'Hơn 1.200 lô ... trong 6 tháng': over, year from the dateline (2024).",
    "'ước khoảng 1,3 tỷ USD' → estimate + about. '7-8%/năm' is a forecast growth rate (percent, range), period from 'giai đoạn 2024-2030'.",
    "'Mục tiêu đến năm 2025, 100% ... và ít nhất 90% ...': both target, period null..2025-12-31.",
]

if __name__ == "__main__":
    write("p1551-4", TEXT, NOTES, FIGS, published="2024-08-28", location="Việt Nam")
