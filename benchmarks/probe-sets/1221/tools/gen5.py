"""p1221-5: Party newspaper (Báo Cà Mau), urea plant in huyện U Minh after overhaul; a rice-shrimp farmer."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Nhà máy Đạm Khánh An vận hành vượt công suất sau bảo dưỡng

Sau 28 ngày bảo dưỡng tổng thể, Nhà máy Đạm Khánh An (xã Khánh An, huyện U Minh) đã vận hành trở lại từ ngày 15/4 và đang duy trì 105% công suất thiết kế.

Theo Ban Giám đốc nhà máy, 4 tháng đầu năm, nhà máy sản xuất 228.000 tấn urê, đạt 28,5% kế hoạch năm; tiêu thụ 241.500 tấn, trong đó xuất khẩu hơn 52.000 tấn sang Campuchia, Philippines và Hàn Quốc. Tổng chi phí cho đợt bảo dưỡng khoảng 380 tỷ đồng, với hơn 1.200 kỹ sư, công nhân và chuyên gia tham gia. Hiện hệ thống kho của nhà máy có sức chứa tối đa 150.000 tấn, đảm bảo dự trữ đủ hàng cho vụ Hè Thu.

Sản phẩm đạm hạt đục của nhà máy được nông dân trong tỉnh tin dùng. Tại ấp 7, xã Khánh Hòa, huyện U Minh, ông Nguyễn Văn Tám canh tác 3,5 ha lúa - tôm. Từ khi dùng urê hạt đục bọc chậm tan, ông chỉ bón khoảng 150 kg/ha mỗi vụ, giảm 50 kg so với trước; năng suất lúa đạt 5,8 tấn/ha. Mỗi năm, gia đình ông tiết kiệm gần 2 triệu đồng tiền phân và thuê thêm hai lao động thời vụ.

Năm 2024, tỉnh Cà Mau phấn đấu giá trị sản xuất công nghiệp đạt 48.500 tỷ đồng, trong đó nhóm ngành khí - điện - đạm chiếm khoảng 60%. Riêng Nhà máy Đạm Khánh An đặt mục tiêu cả năm sản xuất 800.000 tấn urê, nộp ngân sách trên 600 tỷ đồng.

HOÀNG VŨ

22/05/2024
"""

M4 = per("4 tháng đầu năm", "2024-01-01", "2024-04-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
UM = "U Minh"

FIGS = [
    fig("Sau 28 ngày", "28", 28, "measure", "ngày", subject="thời gian bảo dưỡng tổng thể", location=UM),
    fig("duy trì 105%", "105", 105, "percent", "%",
        subject="công suất vận hành so với công suất thiết kế", location=UM),
    fig("sản xuất 228.000 tấn", "228.000", 228000, "measure", "tấn", percent=28.5,
        subject="sản lượng urê sản xuất của nhà máy", period=M4, location=UM),
    fig("tiêu thụ 241.500 tấn", "241.500", 241500, "measure", "tấn",
        subject="sản lượng urê tiêu thụ", period=M4, location=UM),
    fig("hơn 52.000 tấn", "52.000", 52000, "measure", "tấn", approx="over", total=241500,
        subject="sản lượng urê xuất khẩu", period=M4, location=UM),
    fig("khoảng 380 tỷ", "380", 380e9, "money", "đồng", approx="about",
        subject="tổng chi phí cho đợt bảo dưỡng", location=UM),
    fig("hơn 1.200 kỹ sư", "1.200", 1200, "count", "kỹ sư, công nhân và chuyên gia", approx="over",
        subject="kỹ sư, công nhân và chuyên gia tham gia bảo dưỡng", location=UM),
    fig("tối đa 150.000 tấn", "150.000", 150000, "measure", "tấn", approx="at_most",
        subject="sức chứa hệ thống kho của nhà máy", location=UM),
    fig("canh tác 3,5 ha", "3,5", 3.5, "measure", "ha", subject="diện tích lúa - tôm canh tác",
        location=UM),
    fig("khoảng 150 kg/ha", "150", 150, "measure", "kg/ha", approx="about",
        change=chg("decrease", 50, "kg", "trước"), subject="lượng urê bón mỗi vụ", location=UM),
    fig("đạt 5,8 tấn/ha", "5,8", 5.8, "measure", "tấn/ha", subject="năng suất lúa", location=UM),
    fig("gần 2 triệu", "2", 2e6, "money", "đồng", approx="nearly",
        subject="tiền phân tiết kiệm mỗi năm", location=UM),
    fig("thêm hai lao động", "hai", 2, "count", "lao động", subject="lao động thời vụ thuê thêm", location=UM),
    fig("đạt 48.500 tỷ", "48.500", 48500e9, "money", "đồng", status="target",
        subject="giá trị sản xuất công nghiệp", period=Y24),
    fig("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about", status="target",
        subject="tỷ trọng nhóm ngành khí - điện - đạm trong giá trị sản xuất công nghiệp", period=Y24),
    fig("sản xuất 800.000 tấn", "800.000", 800000, "measure", "tấn", status="target",
        subject="sản lượng urê của nhà máy", period=YEAR, location=UM),
    fig("trên 600 tỷ", "600", 600e9, "money", "đồng", approx="over", status="target",
        subject="nộp ngân sách của nhà máy", period=YEAR, location=UM),
]

NOTES = [
    "Party newspaper (Báo Cà Mau): byline 'HOÀNG VŨ' and bare date '22/05/2024' at the end.",
    "The plant is in xã Khánh An, huyện U Minh, the farmer in xã Khánh Hòa, huyện U Minh: their figures get U Minh (also in the",
    "  following sentences about the same plant or farm); the provincial 2024 target gets Cà Mau.",
    "Distractors: 'từ ngày 15/4', 'ấp 7', the name 'Nguyễn Văn Tám' (tám = 8), the bare date, 'khí - điện - đạm'.",
    "'Sau 28 ngày bảo dưỡng' is the length of the overhaul (measure). 'giảm 50 kg so với trước' is the change of 150 kg/ha.",
    "'Mỗi năm … tiết kiệm gần 2 triệu đồng' keeps unit đồng (frequency, not a denominator).",
    "revised after the first run: the subject of 3,5 ha held the farmer's name; actors are not part of the indicator (as for the",
    "  company names removed before the run), now 'diện tích lúa - tôm canh tác'. Nothing else changed.",
    "Year-less '4 tháng đầu năm' and 'cả năm' take 2024 (published; 'Năm 2024' for the latter).",
]

if __name__ == "__main__":
    write("p1221-5", TEXT, NOTES, FIGS, published="2024-05-22", location="Cà Mau")
