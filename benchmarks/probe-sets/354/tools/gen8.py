from lib import F, P, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Ngày cập nhật: 28/11/2024

Lâm Đồng: Nhiều kết quả tích cực trong công tác trợ giúp người khuyết tật

Sáng 27/11, UBND tỉnh tổ chức hội nghị sơ kết 4 năm thực hiện Kế hoạch số 3390/KH-UBND về trợ giúp người khuyết tật giai đoạn 2021-2025. Tính đến ngày 31/10/2024, toàn tỉnh có 18.742 người khuyết tật, trong đó 6.905 người khuyết tật nặng và đặc biệt nặng, chiếm 36,8%.

Kết quả thực hiện một số chỉ tiêu chủ yếu:

Đơn vị tính: %

Chỉ tiêu

Kế hoạch năm 2025

Thực hiện năm 2023

Ước thực hiện năm 2024

Người khuyết tật được tiếp cận dịch vụ y tế

80

76,5

78,2

Trẻ em khuyết tật được phát hiện, can thiệp sớm

70

63,4

66,8

Người khuyết tật trong độ tuổi lao động được học nghề, tạo việc làm

60

48,7

52,3

Người khuyết tật có nhu cầu được trợ giúp pháp lý

100

94,6

97,5

Giai đoạn 2021-2024, toàn tỉnh đã cấp 1.320 phương tiện trợ giúp, hỗ trợ cải tạo 46 công trình nhà ở, nhà vệ sinh cho người khuyết tật với tổng kinh phí trên 5,3 tỷ đồng.

Thành phố Đà Lạt, huyện Đức Trọng và huyện Di Linh là những địa phương có tỷ lệ người khuyết tật được tiếp cận dịch vụ y tế cao nhất, lần lượt đạt 84,1%, 81,7% và 80,3%.

Tỉnh phấn đấu đến hết năm 2025, 100% xã, phường, thị trấn có cộng tác viên hỗ trợ người khuyết tật.
"""

ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
KH = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
TH = P("Thực hiện năm 2023", "2023-01-01", "2023-12-31")
UT = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")

ROWS = [("Người khuyết tật được tiếp cận dịch vụ y tế", "dịch vụ y tế", ["80", "76,5", "78,2"]),
        ("Trẻ em khuyết tật được phát hiện, can thiệp sớm", "can thiệp sớm", ["70", "63,4", "66,8"]),
        ("Người khuyết tật trong độ tuổi lao động được học nghề, tạo việc làm", "tạo việc làm", ["60", "48,7", "52,3"]),
        ("Người khuyết tật có nhu cầu được trợ giúp pháp lý", "trợ giúp pháp lý", ["100", "94,6", "97,5"])]
HEAD = [("kế hoạch năm 2025", "target", KH), ("thực hiện năm 2023", None, TH), ("ước thực hiện năm 2024", "estimate", UT)]

FIGS = [
    F("sơ kết 4 năm", "4", "measure", "năm", optional=True),
    F("có 18.742 người", "18.742", "count", "người khuyết tật", "người khuyết tật", period=ASOF),
    F("6.905 người", "6.905", "count", "người khuyết tật", "người khuyết tật nặng và đặc biệt nặng", total=18742, percent=36.8, period=ASOF),
]
for label, tail, cells in ROWS:
    for i, cell in enumerate(cells):
        anchor = f"{tail}\n\n{cell}\n" if i == 0 else f"{cells[i-1]}\n\n{cell}\n"
        col, status, per = HEAD[i]
        kw = {"status": status} if status else {}
        FIGS.append(F(anchor, cell, "percent", "%", f"Tỷ lệ {label[0].lower() + label[1:]} {col}", period=per, **kw))

FIGS += [
    F("cấp 1.320 phương tiện", "1.320", "count", "phương tiện trợ giúp", "phương tiện trợ giúp được cấp cho người khuyết tật", period=G),
    F("cải tạo 46 công trình", "46", "count", "công trình", "công trình nhà ở, nhà vệ sinh cho người khuyết tật được hỗ trợ cải tạo", period=G),
    F("trên 5,3 tỷ", "5,3", "money", "đồng", "tổng kinh phí hỗ trợ phương tiện trợ giúp và cải tạo công trình", mult=1e9, approx="over", period=G),
    F("đạt 84,1%", "84,1", "percent", "%", "tỷ lệ người khuyết tật được tiếp cận dịch vụ y tế", location="Đà Lạt"),
    F("84,1%, 81,7%", "81,7", "percent", "%", "tỷ lệ người khuyết tật được tiếp cận dịch vụ y tế", location="Đức Trọng"),
    F("và 80,3%", "80,3", "percent", "%", "tỷ lệ người khuyết tật được tiếp cận dịch vụ y tế", location="Di Linh"),
    F("2025, 100% xã", "100", "percent", "%", "xã, phường, thị trấn có cộng tác viên hỗ trợ người khuyết tật", status="target",
      period=P("đến hết năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Provincial portal (Lâm Đồng), 'Ngày cập nhật: 28/11/2024' without time: 4-year review of the 2021-2025 plan for people with disabilities.",
    "'Sáng 27/11' is a date; 'Kế hoạch số 3390/KH-UBND' an identifier; 'sơ kết 4 năm' a duration (optional).",
    "'18.742 người …, trong đó 6.905 …, chiếm 36,8%' → total 18.742 and share 36,8 on 6.905, period as of 31/10/2024 (same sentence).",
    "One-cell-per-line table with 'Đơn vị tính: %': 12 percent cells; subject = row label + column label; period from the column header",
    "(Kế hoạch năm 2025 → status target, Thực hiện năm 2023 → actual, Ước thực hiện năm 2024 → estimate); scored, as in shared h23.",
    "'lần lượt đạt 84,1%, 81,7% và 80,3%' maps in order to Đà Lạt, Đức Trọng, Di Linh (locations); own paragraph, no period.",
    "'phấn đấu đến hết năm 2025, 100% xã …' target ending 2025-12-31.",
]

if __name__ == "__main__":
    build("p354-8", TEXT, FIGS, COMMENTS, published="2024-11-28", location="Lâm Đồng")
