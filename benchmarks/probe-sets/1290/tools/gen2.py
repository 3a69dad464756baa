"""p1290-2: district portal (huyện Yên Thành, Nghệ An): tố lốc đêm 14/5/2023, houses and spring rice."""
from lib import fig, per, day, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ | Tin tức | Chính quyền | Văn bản | Liên hệ

Yên Thành khắc phục hậu quả tố lốc đêm 14/5

16/05/2023 08:30

Đêm 14/5, tố lốc kèm mưa lớn đã gây thiệt hại tại 9 xã của huyện. Theo thống kê của Ban Chỉ huy Phòng chống thiên tai huyện, tố lốc làm 158 nhà dân bị tốc mái, tập trung nhiều ở các xã Hoa Thành (46 nhà), Tăng Thành (38 nhà) và Bắc Thành (29 nhà); 4 phòng học của Trường Tiểu học Công Thành 2 bị tốc mái tôn. Gần ba chục hộ dân phải sơ tán tạm thời sang nhà người thân.

Về sản xuất, tố lốc làm 215 ha lúa xuân sắp thu hoạch bị đổ ngã, trong đó 60 ha bị đổ rạp hoàn toàn, năng suất dự kiến giảm 30-40%; 12,5 ha lạc và 8 ha rau màu bị hư hại. Ngoài ra, 23 cột điện và 1 trạm biến áp bị hư hỏng. Tổng giá trị thiệt hại ước khoảng 6,8 tỷ đồng.

Ngay sáng 15/5, lãnh đạo huyện đã đến thăm hỏi, hỗ trợ mỗi hộ có nhà bị tốc mái nặng 2 triệu đồng; Ủy ban MTTQ huyện trao 50 suất quà, mỗi suất trị giá 500.000 đồng.

Đến chiều 15/5, các xã đã huy động hơn 1.500 lượt người cùng 12 máy gặt đập liên hợp giúp dân thu hoạch được 95 ha lúa, đạt 44,2% diện tích bị đổ ngã. Phòng Nông nghiệp huyện khuyến cáo bà con thu hoạch ngay những chân ruộng lúa đã chín trên 85%, không để lúa nảy mầm.

Tin khác:
- Yên Thành ra quân làm thủy lợi nội đồng vụ hè thu năm 2023
- Hội nghị sơ kết 6 tháng thực hiện Nghị quyết số 26-NQ/HU

Cổng thông tin điện tử huyện Yên Thành
Địa chỉ: Khối 4, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An
Điện thoại: 0238.3863.125
"""

NIGHT = day("Đêm 14/5", "2023-05-14")
EV = day("Đêm 14/5", "2023-05-14", inherited=True)
MORN = day("sáng 15/5", "2023-05-15")
ASOF = per("Đến chiều 15/5", None, "2023-05-15")

FIGS = [
    fig("tại 9 xã", "9", 9, "count", "xã", subject="xã của huyện bị thiệt hại do tố lốc", period=NIGHT),
    fig("làm 158 nhà", "158", 158, "count", "nhà", subject="nhà dân bị tốc mái", period=EV),
    fig("Hoa Thành (46 nhà)", "46", 46, "count", "nhà", subject="nhà dân bị tốc mái", period=EV),
    fig("Tăng Thành (38 nhà)", "38", 38, "count", "nhà", subject="nhà dân bị tốc mái", period=EV),
    fig("Bắc Thành (29 nhà)", "29", 29, "count", "nhà", subject="nhà dân bị tốc mái", period=EV),
    fig("4 phòng học", "4", 4, "count", "phòng học",
        subject="phòng học của Trường Tiểu học Công Thành 2 bị tốc mái tôn", period=EV),
    fig("Gần ba chục hộ", "ba chục", 30, "count", "hộ dân", approx="nearly",
        subject="hộ dân phải sơ tán tạm thời", period=EV),
    fig("làm 215 ha", "215", 215, "measure", "ha", subject="diện tích lúa xuân sắp thu hoạch bị đổ ngã",
        period=EV),
    fig("đó 60 ha", "60", 60, "measure", "ha", total=215, subject="diện tích lúa bị đổ rạp hoàn toàn",
        period=EV),
    fig("giảm 30-40%", "30", 30, "percent", "%", value_max=40, status="forecast",
        subject="năng suất lúa bị đổ rạp hoàn toàn"),
    fig("12,5 ha lạc", "12,5", 12.5, "measure", "ha", subject="diện tích lạc bị hư hại", period=EV),
    fig("8 ha rau", "8", 8, "measure", "ha", subject="diện tích rau màu bị hư hại", period=EV),
    fig("23 cột điện", "23", 23, "count", "cột điện", subject="cột điện bị hư hỏng", period=EV),
    fig("1 trạm biến áp", "1", 1, "count", "trạm biến áp", subject="trạm biến áp bị hư hỏng", period=EV),
    fig("khoảng 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng giá trị thiệt hại", period=EV),
    fig("nặng 2 triệu", "2", 2e6, "money", "đồng/hộ", subject="tiền hỗ trợ hộ có nhà bị tốc mái nặng",
        period=MORN),
    fig("trao 50 suất", "50", 50, "count", "suất quà", subject="suất quà Ủy ban MTTQ huyện trao",
        period=MORN),
    fig("giá 500.000 đồng", "500.000", 500000, "money", "đồng/suất", subject="trị giá mỗi suất quà",
        period=MORN),
    fig("hơn 1.500 lượt", "1.500", 1500, "count", "lượt người", approx="over",
        subject="lượt người các xã huy động giúp dân thu hoạch", period=ASOF),
    fig("cùng 12 máy", "12", 12, "count", "máy gặt đập liên hợp",
        subject="máy gặt đập liên hợp huy động giúp dân thu hoạch", period=ASOF),
    fig("được 95 ha", "95", 95, "measure", "ha", percent=44.2, subject="diện tích lúa thu hoạch được",
        period=ASOF),
    fig("chín trên 85%", "85", 85, "percent", "%", approx="over", subject="độ chín của lúa", optional=True),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): banner naming the district, menu, bare '16/05/2023 08:30' under the headline, 'Tin khác', footer.",
    "Distractors: 'đêm 14/5' in the headline, 08:30, 'Trường Tiểu học Công Thành 2', 'vụ hè thu năm 2023', '6 tháng',",
    "'Nghị quyết số 26-NQ/HU', 'Khối 4', phone 0238.3863.125.",
    "Location: every figure is the district's (Yên Thành); the commune list items (Hoa Thành 46, ...) are communes, not",
    "province/city/district, so location stays Yên Thành. The list (46+38+29 ≠ 158, cue 'tập trung nhiều ở') gives no total.",
    "'Đêm 14/5' is a one-day period stated in the sentence of '9 xã'; the following sentences inherit it.",
    "'trong đó 60 ha' → total 215. 'năng suất dự kiến giảm 30-40%' → percent figure (rate as the claim), forecast, no change.",
    "'Gần ba chục hộ' = 30, nearly. 'lúa đã chín trên 85%' is a harvest criterion, not a fact: optional.",
    "'sáng 15/5' / 'Đến chiều 15/5' → one-day period / as-of date. Per-unit money: đồng/hộ, đồng/suất.",
    "revised after the first run: 'giảm 30-40%' subject 'năng suất lúa bị đổ rạp hoàn toàn giảm' → without the verb 'giảm'",
    "(the subject names the indicator, FIGURES.md growth-rate rule); the tool's 'năng suất' still fails.",
]

if __name__ == "__main__":
    write("p1290-2", TEXT, NOTES, FIGS, published="2023-05-16", location="Yên Thành")
