from lib import F, P, CH, TG, emit

TEXT = """
BỘ CÔNG THƯƠNG - CỤC XÚC TIẾN THƯƠNG MẠI
Tin hoạt động | Ngày đăng: 22/08/2024

Chương trình cấp quốc gia về xúc tiến thương mại: ưu tiên nông sản, thực phẩm

Theo Cục Xúc tiến thương mại, năm 2024 Bộ Công Thương phê duyệt 164 đề án thuộc Chương trình cấp quốc gia về xúc tiến thương mại (Quyết định số 3264/QĐ-BCT), với tổng kinh phí hỗ trợ gần 90 tỷ đồng. Trong đó, nhóm nông sản, thực phẩm có 58 đề án, chiếm 35,4% tổng số đề án. Các địa phương có nhiều đề án nông sản được phê duyệt gồm Đắk Lắk (6 đề án), Lâm Đồng (5 đề án) và Bến Tre (4 đề án).

Từ đầu năm đến nay, các đơn vị chủ trì đã tổ chức 21 đoàn doanh nghiệp tham gia hội chợ, triển lãm quốc tế tại nước ngoài với khoảng 430 doanh nghiệp, giá trị giao dịch ước đạt 185 triệu USD. Tính đến hết năm 2023, Chương trình đã hỗ trợ 7.250 doanh nghiệp, đạt 72,5% mục tiêu giai đoạn 2021-2025 (10.000 doanh nghiệp).

Hoạt động xúc tiến góp phần đưa xuất khẩu nông sản tăng trưởng mạnh:

Xuất khẩu một số nông sản chủ lực (Đơn vị tính: triệu USD)
Mặt hàng	7 tháng năm 2024	So cùng kỳ (%)
Rau quả	4.115	+28,1
Cà phê	3.865	+49,5
Gạo	3.376	+22,8
Hạt điều	2.185	+22,9

Tổng kim ngạch xuất khẩu nông, lâm, thủy sản 7 tháng năm 2024 đạt khoảng 34,3 tỷ USD, tăng 20,2%; xuất siêu ngành ước đạt 11,4 tỷ USD, tăng 2,5 lần.

Cục đề nghị các địa phương gửi đề xuất đề án năm 2025 trước ngày 30/9/2024 về số 20 Lý Thường Kiệt, Hà Nội, điện thoại 024.3934.7628.
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")
M7 = P("7 tháng năm 2024", "2024-01-01", "2024-07-31")
M7i = P("7 tháng năm 2024", "2024-01-01", "2024-07-31", inherited=True)

FIGS = [
    F("phê duyệt 164 đề án", "164", 164, "count", "đề án",
      "đề án thuộc Chương trình cấp quốc gia về xúc tiến thương mại được phê duyệt", Y),
    F("gần 90 tỷ đồng", "90", 90000000000, "money", "đồng", "tổng kinh phí hỗ trợ", Y, approx="nearly"),
    F("có 58 đề án", "58", 58, "count", "đề án", "đề án nhóm nông sản, thực phẩm", Yi, total=164, percent=35.4),
    F("Đắk Lắk (6 đề án)", "6", 6, "count", "đề án", "đề án nông sản được phê duyệt", Yi, location="Đắk Lắk"),
    F("Lâm Đồng (5 đề án)", "5", 5, "count", "đề án", "đề án nông sản được phê duyệt", Yi, location="Lâm Đồng"),
    F("Bến Tre (4 đề án)", "4", 4, "count", "đề án", "đề án nông sản được phê duyệt", Yi, location="Bến Tre"),
    F("tổ chức 21 đoàn", "21", 21, "count", "đoàn doanh nghiệp",
      "đoàn doanh nghiệp tham gia hội chợ, triển lãm quốc tế tại nước ngoài", YTD),
    F("khoảng 430 doanh nghiệp", "430", 430, "count", "doanh nghiệp",
      "doanh nghiệp tham gia hội chợ, triển lãm quốc tế tại nước ngoài", YTD, approx="about"),
    F("ước đạt 185 triệu USD", "185", 185000000, "money", "USD", "giá trị giao dịch", YTD, status="estimate"),
    F("hỗ trợ 7.250 doanh nghiệp", "7.250", 7250, "count", "doanh nghiệp", "doanh nghiệp được Chương trình hỗ trợ",
      P("Tính đến hết năm 2023", None, "2023-12-31"), percent=72.5, target=TG(10000, "doanh nghiệp")),
]
ROWS = [("Rau quả", "4.115", 4115, "28,1", 28.1), ("Cà phê", "3.865", 3865, "49,5", 49.5),
        ("Gạo", "3.376", 3376, "22,8", 22.8), ("Hạt điều", "2.185", 2185, "22,9", 22.9)]
for label, n, v, pn, pv in ROWS:
    FIGS.append(F(f"{label}\t{n}", n, v * 1000000, "money", "USD", f"xuất khẩu {label} 7 tháng năm 2024",
                  P("7 tháng năm 2024", "2024-01-01", "2024-07-31")))
    FIGS.append(F(f"{n}\t+{pn}", pn, pv, "percent", "%", f"xuất khẩu {label} so cùng kỳ", M7i))
FIGS += [
    F("khoảng 34,3 tỷ USD", "34,3", 34300000000, "money", "USD", "tổng kim ngạch xuất khẩu nông, lâm, thủy sản", M7,
      approx="about", change=CH("increase", 20.2, "%")),
    F("ước đạt 11,4 tỷ USD", "11,4", 11400000000, "money", "USD", "xuất siêu ngành nông, lâm, thủy sản", M7,
      status="estimate", change=CH("increase", 2.5, "lần")),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương - Cục Xúc tiến thương mại), 'Ngày đăng: 22/08/2024'. National figures: location Việt Nam; provinces in the list",
    "of approved projects are the location of their items. Distractors: 'Quyết định số 3264/QĐ-BCT', 'trước ngày 30/9/2024', 'số 20 Lý Thường Kiệt',",
    "phone 024.3934.7628, 'giai đoạn 2021-2025', 'năm 2025' (a deadline for proposals, no figure).",
    "'58 đề án, chiếm 35,4% tổng số đề án' after 'Trong đó' -> total 164 and percent 35.4. 'Từ đầu năm đến nay' runs 2024-01-01 to the dateline.",
    "'7.250 doanh nghiệp, đạt 72,5% mục tiêu giai đoạn 2021-2025 (10.000 doanh nghiệp)' -> as-of period end 2023, percent 72.5, target 10000 (plan in brackets).",
    "Tab-separated table, 'Đơn vị tính: triệu USD' in the caption: value cells are money ×10^6 with period from the column header; the",
    "'So cùng kỳ (%)' cells are percent figures of their own (every numeric cell is a figure), period from the caption (inherited).",
    "'tăng 2,5 lần' is the change of the trade surplus (unit lần).",
]

emit(5, TEXT, COMMENTS, FIGS, published="2024-08-22", location="Việt Nam")
