from lib import P, C, T, write

text = """Bình Định: Lựa chọn nhà thầu 9 tháng năm 2024 tiết kiệm hơn 312 tỷ đồng
Cập nhật: 14/10/2024 08:15 | Lượt xem: 2.317

(binhdinh.gov.vn) - Theo báo cáo của Sở Kế hoạch và Đầu tư, 9 tháng năm 2024, các chủ đầu tư, bên mời thầu trên địa bàn tỉnh đã tổ chức lựa chọn nhà thầu cho 2.846 gói thầu với tổng giá gói thầu 6.975,4 tỷ đồng; tổng giá trúng thầu 6.663,1 tỷ đồng, tiết kiệm 312,3 tỷ đồng, tương đương 4,48%. Trong đó, đấu thầu rộng rãi 1.124 gói, chỉ định thầu 1.452 gói, chào hàng cạnh tranh 218 gói, mua sắm trực tiếp và các hình thức khác 52 gói.

So với cùng kỳ năm 2023, số gói thầu tăng 12,6%, tổng giá trúng thầu tăng 9,1%.

Việc lựa chọn nhà thầu qua mạng tiếp tục được đẩy mạnh theo Luật Đấu thầu số 22/2023/QH15 và Nghị định số 24/2024/NĐ-CP ngày 27/2/2024 của Chính phủ. Toàn tỉnh có 1.391 gói thầu thực hiện qua mạng, chiếm 96,3% số gói thuộc diện bắt buộc (chỉ tiêu Chính phủ giao là 100%). Tổng giá trúng thầu qua mạng đạt 3.412,7 tỷ đồng; tỷ lệ tiết kiệm bình quân 5,9%, trong khi các gói thầu không qua mạng chỉ tiết kiệm khoảng 2,1%.

Một số địa phương có tỷ lệ tiết kiệm cao là thị xã An Nhơn (7,2%), huyện Phù Cát (6,8%) và huyện Tây Sơn (6,1%); thấp nhất là huyện An Lão với 0,9%.

Qua kiểm tra 26 gói thầu tại 8 chủ đầu tư, Sở phát hiện 4 gói thầu có hồ sơ mời thầu chưa phù hợp, kiến nghị xử lý trách nhiệm 2 tổ chuyên gia; không có nhà thầu nào bị cấm tham dự thầu.

Để hoàn thành kế hoạch năm 2024, Sở đề nghị các chủ đầu tư phấn đấu tỷ lệ tiết kiệm bình quân cả năm đạt trên 5%, 100% gói thầu thuộc diện bắt buộc được lựa chọn qua mạng.

Mọi thông tin xin liên hệ Phòng Đấu thầu, thẩm định và giám sát đầu tư, số 35 Lê Lợi, TP Quy Nhơn; điện thoại 0256.3822.628.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    dict(anchor="tiết kiệm hơn 312 tỷ đồng", number="312", value=312e9, kind="money", unit="đồng", approx="over",
         subject="tiết kiệm trong lựa chọn nhà thầu", period=N9),
    dict(anchor="cho 2.846 gói thầu", number="2.846", value=2846, kind="count", unit="gói thầu",
         subject="gói thầu tổ chức lựa chọn nhà thầu", period=N9),
    dict(anchor="tổng giá gói thầu 6.975,4 tỷ đồng", number="6.975,4", value=6975.4e9, kind="money", unit="đồng",
         subject="tổng giá gói thầu", period=N9),
    dict(anchor="tổng giá trúng thầu 6.663,1 tỷ đồng", number="6.663,1", value=6663.1e9, kind="money", unit="đồng",
         subject="tổng giá trúng thầu", period=N9),
    dict(anchor="tiết kiệm 312,3 tỷ đồng", number="312,3", value=312.3e9, kind="money", unit="đồng", percent=4.48,
         subject="giá trị tiết kiệm", period=N9),
    dict(anchor="rộng rãi 1.124 gói", number="1.124", value=1124, kind="count", unit="gói", total=2846,
         subject="gói thầu đấu thầu rộng rãi", period=N9i),
    dict(anchor="chỉ định thầu 1.452 gói", number="1.452", value=1452, kind="count", unit="gói", total=2846,
         subject="gói thầu chỉ định thầu", period=N9i),
    dict(anchor="cạnh tranh 218 gói", number="218", value=218, kind="count", unit="gói", total=2846,
         subject="gói thầu chào hàng cạnh tranh", period=N9i),
    dict(anchor="hình thức khác 52 gói", number="52", value=52, kind="count", unit="gói", total=2846,
         subject="gói thầu mua sắm trực tiếp và các hình thức khác", period=N9i),
    dict(anchor="số gói thầu tăng 12,6%", number="12,6", value=12.6, kind="percent", unit="%",
         subject="số gói thầu so với cùng kỳ năm 2023", period=N9i),
    dict(anchor="trúng thầu tăng 9,1%", number="9,1", value=9.1, kind="percent", unit="%",
         subject="tổng giá trúng thầu so với cùng kỳ năm 2023", period=N9i),
    dict(anchor="có 1.391 gói thầu", number="1.391", value=1391, kind="count", unit="gói thầu", percent=96.3,
         target=T(100, "%", False), subject="gói thầu thực hiện qua mạng", period=N9i),
    dict(anchor="qua mạng đạt 3.412,7 tỷ đồng", number="3.412,7", value=3412.7e9, kind="money", unit="đồng",
         subject="tổng giá trúng thầu qua mạng", period=N9i),
    dict(anchor="bình quân 5,9%", number="5,9", value=5.9, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm bình quân qua mạng", period=N9i),
    dict(anchor="khoảng 2,1%", number="2,1", value=2.1, kind="percent", unit="%", approx="about",
         subject="tỷ lệ tiết kiệm các gói thầu không qua mạng", period=N9i),
    dict(anchor="An Nhơn (7,2%)", number="7,2", value=7.2, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm", location="An Nhơn", period=N9i),
    dict(anchor="Phù Cát (6,8%)", number="6,8", value=6.8, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm", location="Phù Cát", period=N9i),
    dict(anchor="Tây Sơn (6,1%)", number="6,1", value=6.1, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm", location="Tây Sơn", period=N9i),
    dict(anchor="An Lão với 0,9%", number="0,9", value=0.9, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm thấp nhất", location="An Lão", period=N9i),
    dict(anchor="kiểm tra 26 gói thầu", number="26", value=26, kind="count", unit="gói thầu",
         subject="gói thầu được kiểm tra", period=N9i),
    dict(anchor="tại 8 chủ đầu tư", number="8", value=8, kind="count", unit="chủ đầu tư",
         subject="chủ đầu tư được kiểm tra", period=N9i),
    dict(anchor="phát hiện 4 gói thầu", number="4", value=4, kind="count", unit="gói thầu",
         subject="gói thầu có hồ sơ mời thầu chưa phù hợp", period=N9i),
    dict(anchor="trách nhiệm 2 tổ chuyên gia", number="2", value=2, kind="count", unit="tổ chuyên gia",
         subject="tổ chuyên gia bị kiến nghị xử lý trách nhiệm", period=N9i),
    dict(anchor="đạt trên 5%", number="5", value=5, kind="percent", unit="%", approx="over", status="target",
         subject="tỷ lệ tiết kiệm bình quân cả năm", period=Y24),
    dict(anchor="5%, 100% gói thầu", number="100", value=100, kind="percent", unit="%", status="target",
         subject="gói thầu thuộc diện bắt buộc được lựa chọn qua mạng", period=Y24),
]

comments = [
    "Cổng TTĐT tỉnh Bình Định: kết quả lựa chọn nhà thầu 9 tháng năm 2024; 'Cập nhật:' dateline with time and a view counter after it.",
    "Headline figure annotated (its period is in the headline). 'Trong đó' parts (forms of selection) take total 2.846 across the sentence break.",
    "'số gói thầu tăng 12,6%' / 'tăng 9,1%' stand alone as growth claims (percent figures, no change), period inherited from the lead.",
    "'chiếm 96,3%' is the share of 1.391 and the bracketed '(chỉ tiêu … là 100%)' its target (as h09). 'tỷ lệ tiết kiệm bình quân 5,9%' is a",
    "figure of its own (no đạt/chiếm/bằng/tương đương cue). District list: place -> location. Targets in the last paragraph: 'kế hoạch năm 2024'.",
    "Distractors: Luật số 22/2023/QH15, Nghị định số 24/2024/NĐ-CP ngày 27/2/2024, view counter, address 'số 35 Lê Lợi, TP Quy Nhơn', phone.",
]
write(1, comments, text, figs, published="2024-10-14", location="Bình Định")
