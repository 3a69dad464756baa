"""p1521-4: ministry site (Bộ Xây dựng): fire classification of wall finishing materials, national market and tests."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Vật liệu xây dựng

Siết chặt kiểm soát tính nguy hiểm cháy của vật liệu ốp tường, trang trí nội thất

12/09/2024 | 09:30 | Vụ Vật liệu xây dựng

Theo Vụ Vật liệu xây dựng, năm 2023 cả nước tiêu thụ khoảng 68 triệu m2 giấy dán tường và tấm ốp tường các loại, trong đó hàng nhập khẩu chiếm trên 60%, chủ yếu từ Trung Quốc, Hàn Quốc và Nhật Bản. Kim ngạch nhập khẩu nhóm hàng này năm 2023 đạt khoảng 412 triệu USD, giảm 3,8% so với năm 2022.

Từ khi QCVN 06:2022/BXD và Sửa đổi 1:2023 có hiệu lực, vật liệu hoàn thiện tường, trần trong nhà phải được thử nghiệm, phân nhóm nguy hiểm cháy từ Ch1 đến Ch4. 8 tháng đầu năm 2024, Viện Vật liệu xây dựng đã thử nghiệm 1.246 mẫu vật liệu trang trí nội thất, tăng gấp 2,3 lần so với cùng kỳ; trong đó 418 mẫu không đạt nhóm Ch1, Ch2, chiếm 33,5%. Tỷ lệ mẫu giấy dán tường không đạt lên tới 41%, cao hơn 12 điểm phần trăm so với tấm ốp gỗ nhựa (WPC).

Hiện cả nước có 27 phòng thí nghiệm được chỉ định thử nghiệm phản ứng với lửa của vật liệu, tập trung tại Hà Nội (11 phòng), TP Hồ Chí Minh (9 phòng) và Đà Nẵng (2 phòng). Chi phí thử nghiệm một mẫu từ 8 đến 15 triệu đồng.

Bộ Xây dựng đặt mục tiêu đến năm 2030, vật liệu trang trí nội thất sản xuất trong nước chiếm 60% thị phần và 100% sản phẩm lưu thông được dán nhãn phân nhóm cháy. Dự kiến trong quý IV/2024, Bộ sẽ ban hành hướng dẫn kiểm tra đối với khoảng 2.000 đại lý phân phối tại các đô thị loại I.

Cổng thông tin điện tử Bộ Xây dựng
Địa chỉ: 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
LAB = "phòng thí nghiệm được chỉ định thử nghiệm phản ứng với lửa của vật liệu"

FIGS = [
    fig("khoảng 68 triệu", "68", 68e6, "measure", "m2", approx="about",
        subject="giấy dán tường và tấm ốp tường các loại tiêu thụ", period=Y23),
    fig("trên 60%", "60", 60, "percent", "%", approx="over",
        subject="hàng nhập khẩu trong giấy dán tường và tấm ốp tường tiêu thụ", period=Y23),
    fig("khoảng 412 triệu", "412", 412e6, "money", "USD", approx="about",
        change=chg("decrease", 3.8, "%", "năm 2022"), subject="kim ngạch nhập khẩu nhóm hàng này", period=Y23),
    fig("thử nghiệm 1.246 mẫu", "1.246", 1246, "count", "mẫu",
        change=chg("increase", 2.3, "lần", "cùng kỳ"),
        subject="mẫu vật liệu trang trí nội thất Viện Vật liệu xây dựng đã thử nghiệm", period=M8),
    fig("418 mẫu", "418", 418, "count", "mẫu", total=1246, percent=33.5,
        subject="mẫu không đạt nhóm Ch1, Ch2", period=M8),
    fig("lên tới 41%", "41", 41, "percent", "%",
        change=chg("increase", 12, "điểm phần trăm", "tấm ốp gỗ nhựa (WPC)"),
        subject="tỷ lệ mẫu giấy dán tường không đạt", period=inh(M8)),
    fig("có 27 phòng", "27", 27, "count", "phòng thí nghiệm", subject=LAB),
    fig("Hà Nội (11 phòng)", "11", 11, "count", "phòng", subject=LAB, location="Hà Nội"),
    fig("(9 phòng)", "9", 9, "count", "phòng", subject=LAB, location="TP Hồ Chí Minh"),
    fig("(2 phòng)", "2", 2, "count", "phòng", subject=LAB, location="Đà Nẵng"),
    fig("từ 8 đến 15 triệu", "8", 8e6, "money", "đồng/mẫu", value_max=15e6,
        subject="chi phí thử nghiệm một mẫu"),
    fig("chiếm 60%", "60", 60, "percent", "%", status="target",
        subject="thị phần của vật liệu trang trí nội thất sản xuất trong nước", period=T30),
    fig("và 100%", "100", 100, "percent", "%", status="target",
        subject="sản phẩm lưu thông được dán nhãn phân nhóm cháy", period=T30),
    fig("khoảng 2.000 đại lý", "2.000", 2000, "count", "đại lý", approx="about", status="forecast",
        subject="đại lý phân phối tại các đô thị loại I được hướng dẫn kiểm tra", period=Q4),
]

NOTES = [
    "Ministry site (Bộ Xây dựng, Vụ Vật liệu xây dựng, 12/09/2024): fire-hazard groups of wall finishes, national market, tests, labs.",
    "Distractors: '12/09/2024 | 09:30', QCVN 06:2022/BXD, 'Sửa đổi 1:2023', group names Ch1..Ch4, 'đô thị loại I', the address '37 Lê Đại Hành'.",
    "'một mẫu' in 'Chi phí thử nghiệm một mẫu' is the rate's denominator, not a figure (unit đồng/mẫu).",
    "'trong đó hàng nhập khẩu chiếm trên 60%' is a share standing as its own percent figure. 'tăng gấp 2,3 lần so với cùng kỳ' → change 2,3 lần.",
    "418 of 1.246 ('trong đó', same sentence): total 1246, percent 33,5. 41% carries 'cao hơn 12 điểm phần trăm so với ...' as its change; its period is inherited.",
    "Lab list: 11+9+2 ≠ 27, and no part-of cue, so no total; places go to location, subject is the list's indicator.",
    "'mục tiêu đến năm 2030' → target, start null; 'Dự kiến trong quý IV/2024' → forecast. Default location Việt Nam ('cả nước', a ministry's national figures).",
]

if __name__ == "__main__":
    write("p1521-4", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
