from lib import write, P

A = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Tin tức - Sự kiện | Phát triển doanh nghiệp

Năm 2023: Gần 49 nghìn lượt doanh nghiệp nhỏ và vừa được hỗ trợ
Ngày 28/02/2024 - 09:15

(MPI) - Theo báo cáo của Cục Phát triển doanh nghiệp, năm 2023 các bộ, ngành và 63/63 tỉnh, thành phố đã triển khai hỗ trợ doanh nghiệp nhỏ và vừa (DNNVV) theo Luật Hỗ trợ DNNVV năm 2017 và Nghị định số 80/2021/NĐ-CP.

Tổng kinh phí thực hiện hỗ trợ đạt khoảng 1.015 tỷ đồng, trong đó ngân sách trung ương 412,3 tỷ đồng, ngân sách địa phương 602,7 tỷ đồng. Có 48.916 lượt DNNVV được hỗ trợ, tăng 27% so với năm 2022; trong đó tư vấn 9.802 lượt, đào tạo 35.370 lượt, chuyển đổi số 3.744 lượt.

Đối với hộ kinh doanh chuyển đổi lên doanh nghiệp, cả năm có 2.156 hộ được hỗ trợ thủ tục thành lập, tư vấn thuế, kế toán với kinh phí hơn 26 tỷ đồng, bình quân khoảng 12 triệu đồng/hộ. Tuy nhiên, con số này mới bằng khoảng 0,04% tổng số hộ kinh doanh cả nước, trong khi hàng chục nghìn hộ có doanh thu trên 3 tỷ đồng/năm vẫn chưa chuyển đổi.

Quỹ Phát triển DNNVV đã cho vay 31 dự án với tổng số tiền 289 tỷ đồng, đạt 81,5% kế hoạch vốn năm 2023. Mạng lưới tư vấn viên hiện có 1.268 tư vấn viên được công nhận, tăng 215 người so với cuối năm 2022.

Năm 2024, Bộ dự kiến bố trí 1,2 nghìn tỷ đồng cho các chương trình hỗ trợ DNNVV; phấn đấu có ít nhất 5.000 hộ kinh doanh được hỗ trợ chuyển đổi lên doanh nghiệp.

Thông tin chi tiết tại Cổng thông tin hỗ trợ DNNVV hoặc tổng đài 1800 6987 (miễn phí), theo quy định tại Điều 16 Nghị định số 80/2021/NĐ-CP.
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", True)
CN = P("cả năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
L = dict(kind="count", unit="lượt")

F = [
    dict(anchor="Gần 49 nghìn lượt", number="49", value=49000, **L, approx="nearly",
         subject="lượt doanh nghiệp nhỏ và vừa được hỗ trợ", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    dict(anchor="63/63 tỉnh", number="63", value=63, kind="count", unit="tỉnh, thành phố", total=63,
         subject="tỉnh, thành phố triển khai hỗ trợ doanh nghiệp nhỏ và vừa", period=Y),
    dict(anchor="khoảng 1.015 tỷ đồng", number="1.015", value=1015e9, kind="money", unit="đồng", approx="about",
         subject="tổng kinh phí thực hiện hỗ trợ", period=Yi),
    dict(anchor="trung ương 412,3 tỷ", number="412,3", value=412.3e9, kind="money", unit="đồng", total=1015e9,
         subject="kinh phí hỗ trợ từ ngân sách trung ương", period=Yi),
    dict(anchor="địa phương 602,7 tỷ", number="602,7", value=602.7e9, kind="money", unit="đồng", total=1015e9,
         subject="kinh phí hỗ trợ từ ngân sách địa phương", period=Yi),
    dict(anchor="Có 48.916 lượt", number="48.916", value=48916, **L,
         change=dict(direction="increase", value=27, unit="%", baseline="năm 2022"),
         subject="lượt DNNVV được hỗ trợ", period=Yi),
    dict(anchor="tư vấn 9.802 lượt", number="9.802", value=9802, **L, total=48916,
         subject="lượt DNNVV được hỗ trợ tư vấn", period=Yi),
    dict(anchor="đào tạo 35.370 lượt", number="35.370", value=35370, **L, total=48916,
         subject="lượt DNNVV được hỗ trợ đào tạo", period=Yi),
    dict(anchor="số 3.744 lượt", number="3.744", value=3744, **L, total=48916,
         subject="lượt DNNVV được hỗ trợ chuyển đổi số", period=Yi),
    dict(anchor="có 2.156 hộ", number="2.156", value=2156, kind="count", unit="hộ",
         subject="hộ kinh doanh chuyển đổi lên doanh nghiệp được hỗ trợ", period=CN),
    dict(anchor="hơn 26 tỷ đồng", number="26", value=26e9, kind="money", unit="đồng", approx="over",
         subject="kinh phí hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp", period=CN),
    dict(anchor="khoảng 12 triệu đồng/hộ", number="12", value=12e6, kind="money", unit="đồng/hộ", approx="about",
         subject="kinh phí hỗ trợ bình quân", period=CN),
    dict(anchor="khoảng 0,04%", number="0,04", value=0.04, kind="percent", unit="%", approx="about",
         subject="tỷ lệ hộ kinh doanh được hỗ trợ chuyển đổi trên tổng số hộ kinh doanh cả nước", period=Yi),
    dict(anchor="hàng chục nghìn hộ", number="chục nghìn", value=10000, kind="count", unit="hộ", approx="about",
         subject="hộ có doanh thu trên 3 tỷ đồng/năm chưa chuyển đổi", optional=True),
    dict(anchor="trên 3 tỷ đồng/năm", number="3", value=3e9, kind="money", unit="đồng/năm", approx="over",
         optional=True),
    dict(anchor="cho vay 31 dự án", number="31", value=31, kind="count", unit="dự án",
         subject="dự án được Quỹ Phát triển DNNVV cho vay", period=Yi),
    dict(anchor="số tiền 289 tỷ đồng", number="289", value=289e9, kind="money", unit="đồng", percent=81.5,
         subject="tổng số tiền Quỹ Phát triển DNNVV cho vay", period=Yi),
    dict(anchor="có 1.268 tư vấn viên", number="1.268", value=1268, kind="count", unit="tư vấn viên",
         change=dict(direction="increase", value=215, unit="người", baseline="cuối năm 2022"),
         subject="tư vấn viên được công nhận trong mạng lưới tư vấn viên"),
    dict(anchor="bố trí 1,2 nghìn tỷ đồng", number="1,2", value=1.2e12, kind="money", unit="đồng", status="forecast",
         subject="kinh phí bố trí cho các chương trình hỗ trợ DNNVV", period=Y24),
    dict(anchor="ít nhất 5.000 hộ", number="5.000", value=5000, kind="count", unit="hộ kinh doanh",
         approx="at_least", status="target",
         subject="hộ kinh doanh được hỗ trợ chuyển đổi lên doanh nghiệp", period=Y24),
]

write("p352-7", A, F, [
    "Ministry site (Bộ Kế hoạch và Đầu tư): kết quả hỗ trợ DNNVV năm 2023, incl. hộ kinh doanh chuyển đổi. Dateline 'Ngày 28/02/2024 - 09:15'.",
    "Distractors: Luật Hỗ trợ DNNVV năm 2017, Nghị định số 80/2021/NĐ-CP (twice), 'Điều 16', toll-free line '1800 6987', dateline.",
    "'63/63 tỉnh, thành phố' total 63. 'trong đó' after 1.015 tỷ and after 48.916 lượt gives the parts their totals.",
    "'cả năm' in a 2023 report = 2023 (stated). 'con số này mới bằng khoảng 0,04%': a share standing in its own sentence, a percent figure.",
    "'hàng chục nghìn hộ' (vague) and the threshold 'trên 3 tỷ đồng/năm' optional. 'tăng 215 người so với cuối năm 2022': change of 1.268 (no period: 'hiện có').",
    "'dự kiến bố trí 1,2 nghìn tỷ đồng' = forecast; 'phấn đấu … ít nhất 5.000 hộ' = target, at_least.",
], published="2024-02-28", location="Việt Nam")
