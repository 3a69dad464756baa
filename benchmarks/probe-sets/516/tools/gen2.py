"""p516-2: huyện Mù Cang Chải (Yên Bái) district portal — nhà ở cho hộ nghèo DTTS 2022-2024, nước sinh hoạt, mục tiêu 2025."""
from lib import fig, per, inh, ch, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÙ CANG CHẢI
Tin hoạt động > Kinh tế - Xã hội
Mù Cang Chải: Hơn 1.100 căn nhà mới cho hộ nghèo đồng bào Mông
Thứ Tư, 21/08/2024 - 09:12

Từ năm 2022 đến nay, từ nguồn vốn Chương trình MTQG 1719 và nguồn xã hội hóa, huyện Mù Cang Chải đã hỗ trợ xây mới, sửa chữa 1.126 căn nhà cho hộ nghèo, hộ cận nghèo đồng bào dân tộc thiểu số, trong đó 948 căn xây mới và 178 căn sửa chữa. Tổng kinh phí thực hiện trên 52,8 tỷ đồng, trong đó ngân sách trung ương 41,3 tỷ đồng, nguồn xã hội hóa và ngày công của người dân gần 11,5 tỷ đồng.

Trong số 1.126 căn nhà, hộ người Mông chiếm 1.029 căn, còn lại là hộ người Thái và người Dao với lần lượt 64 và 33 căn. Mức hỗ trợ của Chương trình là 44 triệu đồng/căn xây mới, 22 triệu đồng/căn sửa chữa; các hộ được vận động thêm từ 20 đến 30 triệu đồng/căn từ gia đình, dòng họ. Nhiều căn nhà ở các bản dọc Quốc lộ 32 được hoàn thành chỉ sau hai tháng thi công.

Cùng với nhà ở, năm 2023 huyện đã đầu tư 12 công trình nước sinh hoạt tập trung cho 1.540 hộ dân tại các bản vùng cao. Đến hết tháng 6/2024, tỷ lệ hộ dân tộc thiểu số được sử dụng nước sinh hoạt hợp vệ sinh của huyện đạt 86,4%, tăng 5,2 điểm phần trăm so với năm 2021; tỷ lệ hộ có nhà tiêu hợp vệ sinh mới đạt 47%.

Theo Nghị quyết số 25/2023/NQ-HĐND của HĐND huyện, Mù Cang Chải phấn đấu đến hết năm 2025 hoàn thành xóa nhà tạm, nhà dột nát cho khoảng 350 hộ còn lại; đồng thời nâng tỷ lệ hộ dùng nước hợp vệ sinh lên trên 90%.

Hoàng Thị Mai - Phòng Dân tộc huyện (tổ 3, thị trấn Mù Cang Chải; ĐT: 0216.3878.115)
"""

SINCE = per("Từ năm 2022 đến nay", "2022-01-01", "2024-08-21")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Đến hết tháng 6/2024", None, "2024-06-30")
T25 = per("đến hết năm 2025", None, "2025-12-31")
MCC = "Mù Cang Chải"
WHOLE = 52.8e9

F = [
    fig("Hơn 1.100 căn nhà", "1.100", 1100, "count", "căn nhà", "căn nhà mới cho hộ nghèo đồng bào Mông", approx="over"),
    fig("sửa chữa 1.126 căn nhà cho", "1.126", 1126, "count", "căn nhà",
        "căn nhà cho hộ nghèo, hộ cận nghèo đồng bào dân tộc thiểu số được hỗ trợ xây mới, sửa chữa", SINCE),
    fig("948 căn xây mới", "948", 948, "count", "căn", "căn nhà xây mới", SINCE, total=1126),
    fig("178 căn sửa chữa", "178", 178, "count", "căn", "căn nhà sửa chữa", SINCE, total=1126),
    fig("trên 52,8 tỷ đồng", "52,8", 52.8e9, "money", "đồng", "tổng kinh phí thực hiện hỗ trợ nhà ở", inh(SINCE),
        approx="over"),
    fig("trung ương 41,3 tỷ", "41,3", 41.3e9, "money", "đồng", "kinh phí từ ngân sách trung ương", inh(SINCE),
        total=WHOLE),
    fig("gần 11,5 tỷ", "11,5", 11.5e9, "money", "đồng", "kinh phí từ nguồn xã hội hóa và ngày công của người dân",
        inh(SINCE), approx="nearly", total=WHOLE),
    fig("Trong số 1.126 căn", "1.126", 1126, "count", "căn nhà", "căn nhà được hỗ trợ", inh(SINCE), optional=True,
        note="restates the 1.126 above as the whole of the breakdown (cf. shared h13): optional"),
    fig("chiếm 1.029 căn", "1.029", 1029, "count", "căn", "căn nhà của hộ người Mông", inh(SINCE), total=1126),
    fig("lần lượt 64 và", "64", 64, "count", "căn", "căn nhà của hộ người Thái", inh(SINCE), total=1126),
    fig("và 33 căn", "33", 33, "count", "căn", "căn nhà của hộ người Dao", inh(SINCE), total=1126),
    fig("44 triệu đồng/căn", "44", 44e6, "money", "đồng/căn", "mức hỗ trợ của Chương trình nhà xây mới"),
    fig("22 triệu đồng/căn", "22", 22e6, "money", "đồng/căn", "mức hỗ trợ của Chương trình nhà sửa chữa"),
    fig("từ 20 đến 30 triệu", "20", 20e6, "money", "đồng/căn", "kinh phí các hộ được vận động thêm từ gia đình, dòng họ",
        value_max=30e6),
    fig("sau hai tháng thi công", "hai", 2, "measure", "tháng", "thời gian thi công", optional=True,
        note="a duration, not a period; borderline as a figure: optional"),
    fig("đầu tư 12 công trình", "12", 12, "count", "công trình", "công trình nước sinh hoạt tập trung được đầu tư", Y23),
    fig("cho 1.540 hộ", "1.540", 1540, "count", "hộ", "hộ dân được cấp nước từ công trình nước sinh hoạt tập trung", Y23),
    fig("đạt 86,4%", "86,4", 86.4, "percent", "%",
        "tỷ lệ hộ dân tộc thiểu số được sử dụng nước sinh hoạt hợp vệ sinh", ASOF,
        change=ch("increase", 5.2, "điểm phần trăm", "năm 2021")),
    fig("mới đạt 47%", "47", 47, "percent", "%", "tỷ lệ hộ có nhà tiêu hợp vệ sinh", ASOF),
    fig("khoảng 350 hộ", "350", 350, "count", "hộ", "hộ được xóa nhà tạm, nhà dột nát", T25, approx="about",
        status="target"),
    fig("trên 90%", "90", 90, "percent", "%", "tỷ lệ hộ dùng nước hợp vệ sinh", T25, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mù Cang Chải (Yên Bái; invented): nhà ở cho hộ nghèo DTTS từ năm 2022, nước sinh hoạt, mục tiêu đến hết năm 2025.",
    "Dateline 'Thứ Tư, 21/08/2024 - 09:12'. 'Quốc lộ 32', 'Nghị quyết số 25/2023/NQ-HĐND', 'tổ 3', phone are not figures.",
    "District portal: every figure is the district's (Mù Cang Chải). 'Từ năm 2022 đến nay' ends at the dateline.",
    "Breakdowns: 948 + 178 and 1.029 + 64 + 33 = 1.126; 41,3 + 11,5 = 52,8 tỷ. Ethnic groups are not places: they stay in the subject.",
    "'tăng 5,2 điểm phần trăm so với năm 2021' is the change of 86,4%. Rates per house keep 'đồng/căn'.",
    "'phấn đấu đến hết năm 2025 ... ; đồng thời ...': both figures are targets with the as-of period ending 2025-12-31.",
]

emit("p516-2", TEXT, COMMENTS, F, published="2024-08-21", location=MCC)
