from lib import F, P, write

ART = """CÔNG AN TỈNH LÂM ĐỒNG
Trang chủ » Tin tức » Phòng cháy, chữa cháy

Kết quả đợt cao điểm kiểm tra an toàn PCCC đối với nhà ở kết hợp kinh doanh, cơ sở lưu trú
Ngày đăng: 05/06/2024 | Lượt xem: 734

Thực hiện Kế hoạch số 87/KH-CAT ngày 02/4/2024 của Công an tỉnh, từ ngày 05/4 đến ngày 31/5/2024, lực lượng Cảnh sát PCCC và CNCH phối hợp với Công an các huyện, thành phố tổ chức đợt cao điểm kiểm tra an toàn PCCC đối với nhà ở kết hợp kinh doanh và cơ sở lưu trú trên địa bàn tỉnh Lâm Đồng.

Qua đợt cao điểm, đã kiểm tra 2.846 cơ sở, trong đó có 1.127 cơ sở lưu trú; phát hiện 934 cơ sở vi phạm (chiếm 32,8%), chủ yếu là không trang bị bình chữa cháy, không có lối thoát nạn thứ hai. Lực lượng chức năng đã xử phạt 186 cơ sở với tổng số tiền 1,36 tỷ đồng, tăng 42% so với cùng kỳ năm 2023.

Kết quả tại một số địa phương (Đơn vị tính: cơ sở)
Địa phương
Kiểm tra
Vi phạm
Xử phạt
TP Đà Lạt
1.184
415
97
TP Bảo Lộc
536
158
31
Huyện Đức Trọng
421
127
22
Huyện Lâm Hà
265
84
14

Đáng chú ý, 100% cơ sở lưu trú tại TP Đà Lạt đã được kiểm tra; sau kiểm tra, 126 cơ sở đã trang bị thêm bình chữa cháy, thang dây thoát nạn. Các đơn vị đã hướng dẫn kỹ năng thoát nạn cho hơn 15.000 lượt người và tổ chức 38 buổi thực tập phương án chữa cháy.

Theo kế hoạch, đến hết năm 2024, 100% nhà ở kết hợp kinh doanh có nguy hiểm về cháy, nổ được kiểm tra, hướng dẫn ít nhất 1 lần. Mọi phản ánh về vi phạm PCCC xin gọi số 0263.3822.114.
"""

W = P("từ ngày 05/4 đến ngày 31/5/2024", "2024-04-05", "2024-05-31", inh=True)

figs = [
    F("kiểm tra 2.846 cơ sở", "2.846", 2846, "count", "cơ sở", "cơ sở được kiểm tra an toàn PCCC", period=W),
    F("có 1.127 cơ sở", "1.127", 1127, "count", "cơ sở", "cơ sở lưu trú được kiểm tra", total=2846, period=W),
    F("phát hiện 934 cơ sở", "934", 934, "count", "cơ sở", "cơ sở vi phạm", percent=32.8, period=W),
    F("xử phạt 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở bị xử phạt", period=W),
    F("tiền 1,36 tỷ đồng", "1,36", 1.36e9, "money", "đồng", "tiền xử phạt",
      change={"direction": "increase", "value": 42, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=W),
]
rows = [("Đà Lạt", "TP Đà Lạt", ["1.184", "415", "97"]),
        ("Bảo Lộc", "TP Bảo Lộc", ["536", "158", "31"]),
        ("Đức Trọng", "Huyện Đức Trọng", ["421", "127", "22"]),
        ("Lâm Hà", "Huyện Lâm Hà", ["265", "84", "14"])]
cols = ["cơ sở được kiểm tra", "cơ sở vi phạm", "cơ sở bị xử phạt"]
for loc, label, cells in rows:
    prev = label
    for col, c in zip(cols, cells):
        figs.append(F(f"{prev}\n{c}\n", c, int(c.replace(".", "")), "count", "cơ sở", col, location=loc, period=W))
        prev = c
figs += [
    F("Đáng chú ý, 100%", "100", 100, "percent", "%", "tỷ lệ cơ sở lưu trú được kiểm tra", location="Đà Lạt", period=W),
    F("kiểm tra, 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở trang bị thêm bình chữa cháy, thang dây thoát nạn", period=W),
    F("hơn 15.000 lượt", "15.000", 15000, "count", "lượt người", "lượt người được hướng dẫn kỹ năng thoát nạn", approx="over", period=W),
    F("tổ chức 38 buổi", "38", 38, "count", "buổi", "buổi thực tập phương án chữa cháy", period=W),
    F("2024, 100% nhà ở", "100", 100, "percent", "%", "tỷ lệ nhà ở kết hợp kinh doanh có nguy hiểm về cháy, nổ được kiểm tra, hướng dẫn",
      status="target", period=P("đến hết năm 2024", None, "2024-12-31")),
    F("ít nhất 1 lần", "1", 1, "count", "lần", "số lần kiểm tra, hướng dẫn tối thiểu", approx="at_least", status="target", optional=True),
]

write("p307-7", ART, figs, [
    "Department site (Công an tỉnh Lâm Đồng): đợt cao điểm kiểm tra an toàn PCCC 05/4-31/5/2024. 'Ngày đăng: 05/06/2024 | Lượt xem: 734'.",
    "The campaign window is stated in the first paragraph only, so every result figure inherits it (2024-04-05..2024-05-31).",
    "One-cell-per-line table with '(Đơn vị tính: cơ sở)': each numeric cell is a figure, subject = column label, row place -> location.",
    "'934 cơ sở vi phạm (chiếm 32,8%)' share; '1,36 tỷ đồng, tăng 42% so với cùng kỳ năm 2023' change. 1.127 follows 'trong đó' -> total 2846.",
    "Target '100% ... đến hết năm 2024' (end only); 'ít nhất 1 lần' is a criterion (optional). Distractors: 'Kế hoạch số 87/KH-CAT', dates,",
    "'lối thoát nạn thứ hai', phone 0263.3822.114, view counter.",
], published="2024-06-05", location="Lâm Đồng")
