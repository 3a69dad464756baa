"""p982-3: Vĩnh Phúc provincial report (letterhead, Số: .../BC-UBND), flattened | table by district."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH VĨNH PHÚC
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả kiên cố hóa kênh mương nội đồng 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khối lượng
Thực hiện Nghị quyết số 07/2023/NQ-HĐND ngày 12/7/2023 của HĐND tỉnh, 6 tháng đầu năm 2024 các địa phương đã kiên cố hóa 94,6 km kênh mương nội đồng, đạt 47,3% kế hoạch năm; riêng quý II/2024 thực hiện 61,2 km, gấp 1,8 lần quý I. Kết quả theo từng huyện:

Đơn vị tính: km
STT | Đơn vị | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
1 | Vĩnh Tường | 42,0 | 21,8 | 51,9
2 | Yên Lạc | 36,0 | 18,4 | 51,1
3 | Tam Dương | 30,0 | 12,7 | 42,3
4 | Lập Thạch | 32,0 | 13,5 | 42,2
5 | Sông Lô | 28,0 | 11,2 | 40,0
6 | Các địa phương khác | 32,0 | 17,0 | 53,1
Tổng cộng | | 200,0 | 94,6 | 47,3

2. Nguồn lực
Tỉnh đã cấp 11.350 tấn xi măng, giá trị khoảng 16,2 tỷ đồng; các địa phương huy động thêm 38,5 tỷ đồng từ ngân sách huyện, xã và đóng góp của Nhân dân.

3. Hiệu quả, tồn tại
Tính đến 30/6/2024, diện tích được tưới chủ động đạt 95,8% diện tích gieo trồng; 112/112 xã đạt tiêu chí thủy lợi. Một số công trình chậm tiến độ do giá cát, sỏi tăng khoảng 15% so với cùng kỳ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu hoàn thành 105,4 km còn lại, nâng tỷ lệ diện tích được tưới chủ động lên trên 97%.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inh=True)
SP = "kênh mương kiên cố hóa kế hoạch năm 2024"
SD = "kênh mương kiên cố hóa thực hiện 6 tháng"
SR = "tỷ lệ kênh mương kiên cố hóa"

ROWS = [  # (row label, location, plan, done, rate, anchors)
    ("Vĩnh Tường", "Vĩnh Tường", "42,0", "21,8", "51,9"),
    ("Yên Lạc", "Yên Lạc", "36,0", "18,4", "51,1"),
    ("Tam Dương", "Tam Dương", "30,0", "12,7", "42,3"),
    ("Lập Thạch", "Lập Thạch", "32,0", "13,5", "42,2"),
    ("Sông Lô", "Sông Lô", "28,0", "11,2", "40,0"),
    ("Các địa phương khác", None, "32,0", "17,0", "53,1"),
    ("Tổng cộng |", None, "200,0", "94,6", "47,3"),
]


def num(s):
    return float(s.replace(",", "."))


TABLE = []
for label, loc, plan, done, rate in ROWS:
    extra = {"location": loc} if loc else {}
    prefix = ""
    if label == "Các địa phương khác":
        prefix = "các địa phương khác "
    if label.startswith("Tổng"):
        prefix = "tổng cộng "
    TABLE += [
        F(f"{label} | {plan}", plan, num(plan), "measure", "km", prefix + SP, PLAN, status="target", **extra),
        F(f"{plan} | {done}", done, num(done), "measure", "km", prefix + SD, DONE, **extra),
        F(f"{done} | {rate}", rate, num(rate), "percent", "%", prefix + SR, I(H1), **extra),
    ]

FIGS = [
    F("kiên cố hóa 94,6 km", "94,6", 94.6, "measure", "km", "kênh mương nội đồng được kiên cố hóa", H1,
      percent=47.3),
    F("thực hiện 61,2 km", "61,2", 61.2, "measure", "km", "kênh mương nội đồng được kiên cố hóa",
      P("quý II/2024", "2024-04-01", "2024-06-30"), change=C("increase", 1.8, "lần", "quý I")),
] + TABLE + [
    F("cấp 11.350 tấn", "11.350", 11350, "measure", "tấn", "xi măng tỉnh cấp", I(H1)),
    F("khoảng 16,2 tỷ đồng", "16,2", 16.2e9, "money", "đồng", "giá trị xi măng tỉnh cấp", I(H1), approx="about"),
    F("thêm 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng",
      "kinh phí các địa phương huy động thêm từ ngân sách huyện, xã và đóng góp của Nhân dân", I(H1)),
    F("đạt 95,8%", "95,8", 95.8, "percent", "%", "diện tích được tưới chủ động trong diện tích gieo trồng",
      P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("112/112 xã", "112", 112, "count", "xã", "xã đạt tiêu chí thủy lợi", P("Tính đến 30/6/2024", None, "2024-06-30"),
      total=112),
    F("khoảng 15%", "15", 15, "percent", "%", "giá cát, sỏi tăng so với cùng kỳ", I(H1), approx="about"),
    F("hoàn thành 105,4 km", "105,4", 105.4, "measure", "km", "kênh mương còn lại phải hoàn thành", H2,
      status="target"),
    F("trên 97%", "97", 97, "percent", "%", "tỷ lệ diện tích được tưới chủ động", H2, approx="over",
      status="target"),
]

NOTES = [
    "Vĩnh Phúc UBND report Số: 286/BC-UBND dated 15/7/2024: 6-month canal lining with a flattened | table by district.",
    "Table: Đơn vị tính km; Kế hoạch column = target (period năm 2024 from the header), Thực hiện 6 tháng = actual (2024 H1),",
    "Tỷ lệ (%) cells are percent figures of their own (period inherited from the title). Row numbers 1-6 are not figures.",
    "'gấp 1,8 lần quý I' right after 61,2 km is read as its change (ratio to quý I, like 'tăng 2,8 lần'), not a multiple figure.",
    "revised after the first run: Tỷ lệ (%) cell subjects follow the table rule (topic + column label 'Tỷ lệ'), not the paraphrase 'tỷ lệ thực hiện so với kế hoạch'.",
    "Not figures: Số: 286/BC-UBND, Nghị quyết số 07/2023/NQ-HĐND ngày 12/7/2023, section numbers I., II., 1., 2., STT column.",
]

write(3, TEXT, FIGS, published="2024-07-15", location="Vĩnh Phúc", notes=NOTES)
