from lib import emit, P

text = """BÁO NGHỆ AN - Giáo dục

Nghệ An: Hơn 80% trường phổ thông có thư viện đạt chuẩn

08/10/2024 07:30
Thanh Lê

(Baonghean.vn) - Sáng 7/10, tại TP Vinh, Sở Giáo dục và Đào tạo tổ chức hội nghị đánh giá công tác thư viện trường học và triển khai nhiệm vụ năm học 2024-2025.

Theo báo cáo, tính đến cuối tháng 9/2024, toàn tỉnh có 1.512/1.568 trường phổ thông có thư viện, trong đó 1.037 trường có thư viện đạt chuẩn theo Thông tư số 16/2022/TT-BGDĐT và 183 trường có thư viện tiên tiến, xuất sắc. Tỷ lệ trường có thư viện đạt chuẩn trở lên đạt 80,7%, tăng 6,2 điểm phần trăm so với năm học trước; chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX đến năm 2025 là 90%.

Tổng số sách trong thư viện trường học đạt gần 6,8 triệu bản, bình quân 10,2 bản sách/học sinh. Một số địa phương có tỷ lệ thư viện đạt chuẩn cao là thị xã Cửa Lò (100%), huyện Diễn Châu (96,4%), Quỳnh Lưu (94,1%); thấp nhất là các huyện miền núi Kỳ Sơn (52,3%) và Tương Dương (58,8%).

Năm 2024, ngành đã huy động 14,6 tỷ đồng xã hội hóa để mua sách, trang thiết bị, gấp 1,4 lần năm 2023. Có 326 trường triển khai thư viện điện tử với hơn 42.000 tài liệu số; 74 trường xây dựng "thư viện xanh" ngoài trời.

Đến hết năm 2025, ngành Giáo dục phấn đấu xây dựng thêm 120 thư viện đạt chuẩn, mua bổ sung khoảng 250.000 bản sách với kinh phí từ 18 đến 20 tỷ đồng; mỗi trường tổ chức ít nhất 2 hoạt động đọc sách/tháng.

Phát biểu tại hội nghị, đồng chí Phó Giám đốc Sở đề nghị các trường quan tâm hơn đến tủ sách lớp học, nhất là ở 11 huyện miền núi.
"""

AS = P("tính đến cuối tháng 9/2024", None, "2024-09-30")
ASi = P("tính đến cuối tháng 9/2024", None, "2024-09-30", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
T25 = P("Đến hết năm 2025", None, "2025-12-31")
SUBJ = "tỷ lệ trường có thư viện đạt chuẩn"

figs = [
    dict(anchor="Hơn 80% trường", number="80", value=80, kind="percent", unit="%", approx="over",
         subject="trường phổ thông có thư viện đạt chuẩn", period=ASi),
    dict(anchor="có 1.512/1.568", number="1.512", value=1512, kind="count", unit="trường phổ thông", total=1568,
         subject="trường phổ thông có thư viện", period=AS),
    dict(anchor="trong đó 1.037 trường", number="1.037", value=1037, kind="count", unit="trường", total=1512,
         subject="trường có thư viện đạt chuẩn", period=AS),
    dict(anchor="và 183 trường", number="183", value=183, kind="count", unit="trường", total=1512,
         subject="trường có thư viện tiên tiến, xuất sắc", period=AS),
    dict(anchor="đạt 80,7%", number="80,7", value=80.7, kind="percent", unit="%",
         change=dict(direction="increase", value=6.2, unit="điểm phần trăm", baseline="năm học trước"),
         target=dict(value=90, unit="%", met=None),
         subject="tỷ lệ trường có thư viện đạt chuẩn trở lên", period=ASi),
    dict(anchor="gần 6,8 triệu bản", number="6,8", value=6.8e6, kind="count", unit="bản", approx="nearly",
         subject="sách trong thư viện trường học", period=ASi),
    dict(anchor="bình quân 10,2 bản", number="10,2", value=10.2, kind="measure", unit="bản sách/học sinh",
         subject="bình quân bản sách trên học sinh", period=ASi),
    dict(anchor="Cửa Lò (100%)", number="100", value=100, kind="percent", unit="%", subject=SUBJ, period=ASi,
         location="Cửa Lò"),
    dict(anchor="Diễn Châu (96,4%)", number="96,4", value=96.4, kind="percent", unit="%", subject=SUBJ, period=ASi,
         location="Diễn Châu"),
    dict(anchor="Quỳnh Lưu (94,1%)", number="94,1", value=94.1, kind="percent", unit="%", subject=SUBJ, period=ASi,
         location="Quỳnh Lưu"),
    dict(anchor="Kỳ Sơn (52,3%)", number="52,3", value=52.3, kind="percent", unit="%", subject=SUBJ, period=ASi,
         location="Kỳ Sơn"),
    dict(anchor="Tương Dương (58,8%)", number="58,8", value=58.8, kind="percent", unit="%", subject=SUBJ, period=ASi,
         location="Tương Dương"),
    dict(anchor="huy động 14,6 tỷ đồng", number="14,6", value=14.6e9, kind="money", unit="đồng",
         change=dict(direction="increase", value=1.4, unit="lần", baseline="năm 2023"),
         subject="kinh phí xã hội hóa mua sách, trang thiết bị", period=Y24),
    dict(anchor="Có 326 trường", number="326", value=326, kind="count", unit="trường",
         subject="trường triển khai thư viện điện tử", period=Y24i),
    dict(anchor="hơn 42.000 tài liệu số", number="42.000", value=42000, kind="count", unit="tài liệu số", approx="over",
         subject="tài liệu số của thư viện điện tử", period=Y24i),
    dict(anchor="74 trường", number="74", value=74, kind="count", unit="trường",
         subject="trường xây dựng thư viện xanh ngoài trời", period=Y24i),
    dict(anchor="thêm 120 thư viện", number="120", value=120, kind="count", unit="thư viện", status="target",
         subject="thư viện đạt chuẩn xây dựng thêm", period=T25),
    dict(anchor="khoảng 250.000 bản sách", number="250.000", value=250000, kind="count", unit="bản sách",
         approx="about", status="target", subject="sách mua bổ sung", period=T25),
    dict(anchor="từ 18 đến 20 tỷ đồng", number="18", value=18e9, value_max=20e9, kind="money", unit="đồng",
         status="target", subject="kinh phí mua bổ sung sách", period=T25),
    dict(anchor="ít nhất 2 hoạt động", number="2", value=2, kind="measure", unit="hoạt động/tháng",
         approx="at_least", status="target", subject="hoạt động đọc sách mỗi trường tổ chức", period=T25),
    dict(anchor="ở 11 huyện miền núi", number="11", value=11, kind="count", unit="huyện miền núi",
         subject="huyện miền núi", optional=True),
]

emit(4, text, [
    "Party newspaper (Báo Nghệ An): school libraries, as of end of September 2024; district list; 2025 targets. Bare dateline '08/10/2024 07:30' + byline.",
    "Distractors: 'Sáng 7/10', 'năm học 2024-2025' (a school year, not a figure), 'Thông tư số 16/2022/TT-BGDĐT', 'Đại hội Đảng bộ tỉnh lần thứ XIX', '(Baonghean.vn)'.",
    "1.512/1.568 has total 1568; 1.037 and 183 follow 'trong đó' after 1.512 (same thing: schools with a library): total 1512.",
    "80,7% carries its change (6,2 điểm phần trăm, baseline 'năm học trước') and the plan after ';' ('chỉ tiêu ... là 90%') as target (met null).",
    "Districts in the list are locations, subject is the list's indicator. 'gấp 1,4 lần năm 2023' is the change of 14,6 tỷ đồng.",
    "Headline 'Hơn 80%' is a figure (approx over); its as-of period stands only in the body (inherited).",
    "'ít nhất 2 hoạt động đọc sách/tháng' is a rate (measure), unit = shortest noun phrase + denominator ('hoạt động/tháng'). '11 huyện miền núi' (a background count in a quote) optional.",
], figs, published="2024-10-08", location="Nghệ An")
