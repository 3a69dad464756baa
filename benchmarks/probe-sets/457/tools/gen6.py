from lib import *

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Số lượt xem: 847

Kết quả dồn điền, đổi thửa và kiên cố hóa kênh mương năm 2023

Năm 2023, công tác dồn điền, đổi thửa (DĐĐT) và kiên cố hóa kênh mương (KCHKM) trên địa bàn tỉnh tiếp tục đạt kết quả tích cực. Một số chỉ tiêu chủ yếu so với năm 2022 như sau:

Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
Diện tích hoàn thành DĐĐT
ha
2.460
3.185
Số thửa bình quân/hộ sau DĐĐT
thửa
2,8
2,3
Kênh mương được kiên cố hóa
km
156,4
172,9
Vốn ngân sách tỉnh hỗ trợ
tỷ đồng
48,2
55,6
Ngày công nhân dân đóng góp
nghìn ngày công
62,5
71,0

Như vậy, diện tích DĐĐT năm 2023 tăng 29,5% so với năm 2022; chiều dài kênh mương được kiên cố hóa tăng thêm 16,5 km.

Các địa phương thực hiện tốt là Yên Thành (685 ha), Diễn Châu (540 ha), Quỳnh Lưu (472 ha) và Đô Lương (410 ha). Tuy nhiên, vẫn còn 7 huyện chưa đạt kế hoạch, chủ yếu ở vùng miền núi phía Tây do địa hình chia cắt, ruộng bậc thang nhỏ lẻ.

Năm 2024, ngành phấn đấu thực hiện DĐĐT 3.500 ha, kiên cố hóa 180 km kênh mương; tỷ lệ kênh mương nội đồng được kiên cố hóa toàn tỉnh đạt 68%. Sở đề nghị UBND tỉnh sửa đổi Quyết định số 18/2022/QĐ-UBND theo hướng nâng mức hỗ trợ xi măng cho các huyện miền núi.

Địa chỉ: Số 2 đường Trường Thi, TP Vinh, Nghệ An. Điện thoại: 0238.3844.127.

Phòng Kế hoạch - Tài chính
05/02/2024
"""

HEADER = """
Department site (Sở NN&PTNT Nghệ An): view counter at the top (furniture), bare date '05/02/2024' at the end (the published date).
One-cell-per-line table (as h23/h24): Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023; every numeric cell a figure, subject = row label + column,
unit from the Đơn vị cell ('nghìn ngày công' -> ×1000, unit ngày công; 'tỷ đồng' -> money), period from the column header (scored).
'Số thửa bình quân/hộ' cells: measure (a per-household average), unit thửa.
'diện tích DĐĐT năm 2023 tăng 29,5% so với năm 2022': the growth rate is the claim (percent figure, no change object).
'tăng thêm 16,5 km': an absolute increase standing alone as the claim -> measure figure (no base amount in the clause).
District list: location each, period năm 2023 inherited. '7 huyện' count. 2024 targets. 'miền núi phía Tây' region, not a place of a figure.
Distractors: Quyết định số 18/2022/QĐ-UBND, 'Số 2 đường Trường Thi', phone 0238.3844.127, counter 847, the closing date.
revised: subject of 'tăng 29,5%' no longer carries the baseline ('so với năm 2022' is the change baseline, not the indicator).
"""

y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ha\n2.460", "2.460", 2460, "measure", "ha", "Diện tích hoàn thành DĐĐT năm 2022", period=y22),
    F("2.460\n3.185", "3.185", 3185, "measure", "ha", "Diện tích hoàn thành DĐĐT năm 2023", period=y23),
    F("thửa\n2,8", "2,8", 2.8, "measure", "thửa", "Số thửa bình quân/hộ sau DĐĐT năm 2022", period=y22),
    F("2,8\n2,3", "2,3", 2.3, "measure", "thửa", "Số thửa bình quân/hộ sau DĐĐT năm 2023", period=y23),
    F("km\n156,4", "156,4", 156.4, "measure", "km", "Kênh mương được kiên cố hóa năm 2022", period=y22),
    F("156,4\n172,9", "172,9", 172.9, "measure", "km", "Kênh mương được kiên cố hóa năm 2023", period=y23),
    F("tỷ đồng\n48,2", "48,2", 48.2e9, "money", "đồng", "Vốn ngân sách tỉnh hỗ trợ năm 2022", period=y22),
    F("48,2\n55,6", "55,6", 55.6e9, "money", "đồng", "Vốn ngân sách tỉnh hỗ trợ năm 2023", period=y23),
    F("ngày công\n62,5", "62,5", 62500, "count", "ngày công", "Ngày công nhân dân đóng góp năm 2022", period=y22),
    F("62,5\n71,0", "71,0", 71000, "count", "ngày công", "Ngày công nhân dân đóng góp năm 2023", period=y23),
    F("tăng 29,5%", "29,5", 29.5, "percent", "%", "diện tích DĐĐT tăng",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 16,5 km", "16,5", 16.5, "measure", "km", "chiều dài kênh mương được kiên cố hóa tăng thêm",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("Yên Thành (685 ha)", "685", 685, "measure", "ha", "diện tích DĐĐT", period=y23i, location="Yên Thành"),
    F("Diễn Châu (540 ha)", "540", 540, "measure", "ha", "diện tích DĐĐT", period=y23i, location="Diễn Châu"),
    F("Quỳnh Lưu (472 ha)", "472", 472, "measure", "ha", "diện tích DĐĐT", period=y23i, location="Quỳnh Lưu"),
    F("Đô Lương (410 ha)", "410", 410, "measure", "ha", "diện tích DĐĐT", period=y23i, location="Đô Lương"),
    F("còn 7 huyện", "7", 7, "count", "huyện", "huyện chưa đạt kế hoạch", period=y23i),
    F("DĐĐT 3.500 ha", "3.500", 3500, "measure", "ha", "diện tích DĐĐT", status="target", period=y24),
    F("hóa 180 km", "180", 180, "measure", "km", "kênh mương kiên cố hóa", status="target", period=y24),
    F("đạt 68%", "68", 68, "percent", "%", "tỷ lệ kênh mương nội đồng được kiên cố hóa toàn tỉnh",
      status="target", period=y24),
]

build(6, TEXT, HEADER, {"published": "2024-02-05", "location": "Nghệ An"}, FIGS)
