from lib import write, P

A = """BÁO QUẢNG NINH
Kinh tế

Hỗ trợ hộ kinh doanh "lên" doanh nghiệp
Mạnh Trường 07:32, 15/05/2024

Giai đoạn 2021-2023, toàn tỉnh có 372 hộ kinh doanh chuyển đổi thành doanh nghiệp, bằng 62% mục tiêu cả giai đoạn 2021-2025 (600 doanh nghiệp). Riêng năm 2023 có 158 hộ chuyển đổi, gấp 2,1 lần năm 2022.

Dẫn đầu là TP Hạ Long với 146 hộ chuyển đổi, tiếp theo là Cẩm Phả 64 hộ, Móng Cái 51 hộ và Uông Bí 38 hộ.

Theo Nghị quyết số 17/2022/NQ-HĐND của HĐND tỉnh, mỗi hộ kinh doanh chuyển đổi được hỗ trợ từ 10 đến 20 triệu đồng chi phí tư vấn thủ tục, phí đăng ký và dịch vụ kế toán. Tổng kinh phí đã giải ngân đến hết tháng 4/2024 là gần 5,8 tỷ đồng. Ngoài ra, doanh nghiệp mới thành lập được miễn lệ phí môn bài trong 3 năm đầu.

Anh Phạm Văn Hải, chủ Công ty TNHH Thương mại Hải Hà 68 (phường Hồng Hải), cho biết: "Sau khi lên doanh nghiệp, tôi ký được hợp đồng với các khách sạn lớn, doanh thu năm 2023 đạt 4,6 tỷ đồng".

Sau chuyển đổi, doanh thu bình quân của các doanh nghiệp này tăng từ 15% đến 25%; lao động bình quân đạt 11 người/doanh nghiệp, gần gấp đôi so với trước khi chuyển đổi.

Tuy vậy, khảo sát của Sở Kế hoạch và Đầu tư cho thấy 43,5% hộ kinh doanh chưa muốn chuyển đổi do lo ngại chi phí kế toán, thuế; 27% hộ cho rằng thủ tục còn phức tạp.

Năm 2024, tỉnh phấn đấu có thêm 230 hộ kinh doanh chuyển đổi lên doanh nghiệp. Hộ kinh doanh có nhu cầu có thể liên hệ Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh qua số điện thoại 0203.3628.555 để được hướng dẫn.
"""

G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Gi = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31", True)
H = dict(kind="count", unit="hộ")
CONV = "hộ kinh doanh chuyển đổi thành doanh nghiệp"

F = [
    dict(anchor="có 372 hộ", number="372", value=372, kind="count", unit="hộ kinh doanh", percent=62,
         target=dict(value=600, unit="doanh nghiệp"), subject=CONV, period=G),
    dict(anchor="có 158 hộ", number="158", value=158, **H,
         change=dict(direction="increase", value=2.1, unit="lần", baseline="năm 2022"),
         subject="hộ chuyển đổi", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    dict(anchor="với 146 hộ", number="146", value=146, **H, subject="hộ chuyển đổi", period=Gi, location="Hạ Long"),
    dict(anchor="Cẩm Phả 64 hộ", number="64", value=64, **H, subject="hộ chuyển đổi", period=Gi, location="Cẩm Phả"),
    dict(anchor="Móng Cái 51 hộ", number="51", value=51, **H, subject="hộ chuyển đổi", period=Gi, location="Móng Cái"),
    dict(anchor="Uông Bí 38 hộ", number="38", value=38, **H, subject="hộ chuyển đổi", period=Gi, location="Uông Bí"),
    dict(anchor="từ 10 đến 20 triệu", number="10", value=10e6, value_max=20e6, kind="money", unit="đồng",
         subject="mức hỗ trợ mỗi hộ kinh doanh chuyển đổi"),
    dict(anchor="gần 5,8 tỷ đồng", number="5,8", value=5.8e9, kind="money", unit="đồng", approx="nearly",
         subject="tổng kinh phí đã giải ngân", period=P("đến hết tháng 4/2024", None, "2024-04-30")),
    dict(anchor="trong 3 năm đầu", number="3", value=3, kind="measure", unit="năm", optional=True),
    dict(anchor="đạt 4,6 tỷ đồng", number="4,6", value=4.6e9, kind="money", unit="đồng",
         subject="doanh thu", period=P("năm 2023", "2023-01-01", "2023-12-31"), optional=True),
    dict(anchor="tăng từ 15% đến 25%", number="15", value=15, value_max=25, kind="percent", unit="%",
         subject="doanh thu bình quân của các doanh nghiệp chuyển đổi"),
    dict(anchor="đạt 11 người", number="11", value=11, kind="measure", unit="người/doanh nghiệp",
         change=dict(direction="increase", value=2, unit="lần", approx="nearly", baseline="trước khi chuyển đổi"),
         subject="lao động bình quân"),
    dict(anchor="43,5% hộ", number="43,5", value=43.5, kind="percent", unit="%",
         subject="hộ kinh doanh chưa muốn chuyển đổi do lo ngại chi phí kế toán, thuế"),
    dict(anchor="27% hộ", number="27", value=27, kind="percent", unit="%",
         subject="hộ cho rằng thủ tục còn phức tạp"),
    dict(anchor="thêm 230 hộ", number="230", value=230, kind="count", unit="hộ kinh doanh", status="target",
         subject="hộ kinh doanh chuyển đổi lên doanh nghiệp", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

write("p352-5", A, F, [
    "Báo Quảng Ninh (Party newspaper): hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp. Byline + 'hh:mm, dd/mm/yyyy' dateline.",
    "Distractors: Nghị quyết số 17/2022/NQ-HĐND, company name 'Hải Hà 68' (a name, not in gold), 'phường Hồng Hải', phone 0203.3628.555.",
    "'372 …, bằng 62% mục tiêu cả giai đoạn 2021-2025 (600 doanh nghiệp)': percent 62 and target 600. 'gấp 2,1 lần năm 2022' after a count: its change.",
    "City list (Hạ Long, Cẩm Phả, Móng Cái, Uông Bí): location per item, period inherited from 'Giai đoạn 2021-2023'.",
    "'gần gấp đôi so với trước khi chuyển đổi' after a rate: that rate's change (2 lần, nearly). Support range 'từ 10 đến 20 triệu đồng': money with value_max.",
    "Survey shares and the revenue growth range state no period (none given). 'miễn … trong 3 năm đầu' (policy duration) and the quoted owner's revenue optional.",
], published="2024-05-15", location="Quảng Ninh")
