from lib import F, P, CH, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ GẠO
Tin tức - Sự kiện › Văn hóa - Xã hội

Chợ Gạo: Hơn 1,9 tỷ đồng hỗ trợ hộ khó khăn trong Tháng Nhân đạo

Hưởng ứng Tháng Nhân đạo năm 2024 với chủ đề "Chung tay vì cộng đồng", từ ngày 8/5 đến ngày 8/6/2024, Hội Chữ thập đỏ huyện Chợ Gạo đã vận động được 1,92 tỷ đồng tiền và hàng, gấp 1,3 lần cùng kỳ năm 2023.

Kết quả vận động theo xã (Đơn vị tính: triệu đồng)
Xã
Tiền mặt
Hiện vật
Cộng
Long Bình Điền
186
142
328
Bình Phan
154
97
251
Hòa Tịnh
121
135
256
Các xã còn lại
602
483
1.085

Trong Tháng Nhân đạo, Hội đã trao 1.150 suất quà cho hộ nghèo, người khuyết tật, trẻ em mồ côi, mỗi suất từ 300.000 đến 500.000 đồng; khởi công bốn căn nhà nhân đạo, mỗi căn hỗ trợ 50 triệu đồng; phối hợp Trung tâm Y tế huyện khám bệnh, cấp thuốc miễn phí cho khoảng 600 người cao tuổi.

Đến nay, 19/19 xã, thị trấn trên địa bàn huyện đã có tổ chức Hội với 8.460 hội viên, chiếm 4,9% dân số; 1.320 tình nguyện viên thường xuyên tham gia hoạt động nhân đạo, tăng 210 người so với cuối năm 2023.

Dịp này, Hội tổ chức lễ ra quân hiến máu tại Trường THPT Chợ Gạo, tiếp nhận 168 đơn vị máu.

Trụ sở Hội Chữ thập đỏ huyện: Khu phố 2, thị trấn Chợ Gạo; điện thoại 0273.3855.312.

Nguyễn Thanh Tùng - Hội CTĐ huyện
12/06/2024
"""

PER = P("từ ngày 8/5 đến ngày 8/6/2024", "2024-05-08", "2024-06-08")
PERi = P("từ ngày 8/5 đến ngày 8/6/2024", "2024-05-08", "2024-06-08", inh=True)
NOW = P("Đến nay", None, "2024-06-12")
NOWi = P("Đến nay", None, "2024-06-12", inh=True)

ROWS = [
    ("Long Bình Điền", "186", "142", "328", "Long Bình Điền"),
    ("Bình Phan", "154", "97", "251", "Bình Phan"),
    ("Hòa Tịnh", "121", "135", "256", "Hòa Tịnh"),
    ("Các xã còn lại", "602", "483", "1.085", None),
]
FIGS = [
    F("Hơn 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", "nguồn lực hỗ trợ hộ khó khăn trong Tháng Nhân đạo", approx="over",
      period=PERi),
    F("được 1,92 tỷ", "1,92", 1.92e9, "money", "đồng", "tiền và hàng vận động được",
      change=CH("increase", 1.3, "lần", "cùng kỳ năm 2023"), period=PER),
]
for label, a, b, c, loc in ROWS:
    kw = {}
    lab = f" {label}"
    def v(x):
        return float(x.replace(".", "")) * 1e6
    FIGS.append(F(f"{label}\n{a}\n", a, v(a), "money", "đồng", f"Tiền mặt{lab}", period=PERi, **kw))
    FIGS.append(F(f"{a}\n{b}\n", b, v(b), "money", "đồng", f"Hiện vật{lab}", period=PERi, **kw))
    FIGS.append(F(f"{b}\n{c}\n", c, v(c), "money", "đồng", f"Cộng{lab}", period=PERi, **kw))

FIGS += [
    F("trao 1.150 suất", "1.150", 1150, "count", "suất quà", "suất quà trao cho hộ nghèo, người khuyết tật, trẻ em mồ côi",
      period=PERi),
    F("từ 300.000 đến", "300.000", 300000, "money", "đồng", "trị giá mỗi suất quà", value_max=500000, period=PERi),
    F("khởi công bốn căn", "bốn", 4, "count", "căn nhà nhân đạo", "nhà nhân đạo khởi công", period=PERi),
    F("hỗ trợ 50 triệu", "50", 50e6, "money", "đồng", "hỗ trợ mỗi căn nhà nhân đạo", period=PERi),
    F("khoảng 600 người", "600", 600, "count", "người cao tuổi", "người cao tuổi được khám bệnh, cấp thuốc miễn phí",
      approx="about", period=PERi),
    F("19/19 xã", "19", 19, "count", "xã, thị trấn", "xã, thị trấn có tổ chức Hội", total=19, period=NOW),
    F("với 8.460 hội viên", "8.460", 8460, "count", "hội viên", "hội viên", percent=4.9, period=NOW),
    F("1.320 tình nguyện viên", "1.320", 1320, "count", "tình nguyện viên", "tình nguyện viên thường xuyên tham gia hoạt động nhân đạo",
      change=CH("increase", 210, "người", "cuối năm 2023"), period=NOW),
    F("tiếp nhận 168 đơn vị", "168", 168, "count", "đơn vị máu", "đơn vị máu tiếp nhận tại lễ ra quân hiến máu", period=PERi),
]

COMMENTS = [
    "revised after the first run: commune rows had the commune as location; now the district (spec: location is a province, city or district), commune name moved into the subject.",
    "Cổng TTĐT huyện Chợ Gạo (Tiền Giang; district portal): Tháng Nhân đạo 2024. No dateline at the top; the bare date '12/06/2024' after the byline is the article's date.",
    "One-cell-per-line table, header 'Xã | Tiền mặt | Hiện vật | Cộng' and '(Đơn vị tính: triệu đồng)': every numeric cell is money ×10^6 đồng; subject = column label + row label. A commune is not a valid location (FIGURES.md: province, city or district), so commune rows keep location Chợ Gạo and the commune stays in the subject.",
    "Table cells inherit the campaign period 'từ ngày 8/5 đến ngày 8/6/2024' from the lead (not scored); no totals for table cells.",
    "'gấp 1,3 lần cùng kỳ năm 2023' after 1,92 tỷ is its change (unit lần), as 'gấp 1,6 lần năm 2022' in probe 205. Headline 'Hơn 1,9 tỷ' is the rounded total.",
    "'từ 300.000 đến 500.000 đồng' range; 'bốn căn' is a number word (4). 'Đến nay' ends at the article's date 2024-06-12; '19/19 xã, thị trấn' total 19; 'chiếm 4,9% dân số' share of hội viên; 'tăng 210 người so với cuối năm 2023' change of 1.320.",
    "Distractors: 'Trường THPT Chợ Gạo', 'Khu phố 2', phone 0273.3855.312, 'Trung tâm Y tế huyện', the signer's name, the date at the end.",
]

build("p299-5", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Chợ Gạo")
