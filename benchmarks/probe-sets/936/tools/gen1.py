"""p936-1: province portal (Đồng Nai), H1/2024 inspections, removals, fines, licences, planned sites."""
from lib import C, F, I, P, write

TEXT = """Cổng thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Đồng Nai tháo dỡ hơn 2.300 biển quảng cáo vi phạm trong 6 tháng

Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.136

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 1.864 cơ sở có hoạt động quảng cáo ngoài trời, phát hiện 412 cơ sở vi phạm, chiếm 22,1% số cơ sở được kiểm tra.

Các lực lượng chức năng đã tháo dỡ, xử lý hơn 2.300 biển quảng cáo, bảng hiệu vi phạm, trong đó có 146 bảng quảng cáo tấm lớn dựng trái phép ven Quốc lộ 1A và Quốc lộ 51; bóc, xóa khoảng 58.000 tờ quảng cáo rao vặt trên cột điện, tường nhà, tăng 18% so với cùng kỳ năm 2023; thu giữ 9.450 băng rôn, phướn các loại.

Thanh tra Sở và UBND các huyện, thành phố đã ban hành 87 quyết định xử phạt vi phạm hành chính theo Nghị định số 38/2021/NĐ-CP, tổng số tiền phạt gần 1,26 tỷ đồng, bằng 134% cùng kỳ. Riêng thành phố Biên Hòa xử phạt 39 trường hợp với số tiền 585 triệu đồng, chiếm 46,4% tổng số tiền phạt toàn tỉnh.

Cũng trong 6 tháng, Sở Xây dựng đã cấp 64 giấy phép xây dựng công trình quảng cáo, tiếp nhận 112 hồ sơ thông báo sản phẩm quảng cáo trên bảng, băng rôn.

Hiện toàn tỉnh có 1.028 vị trí quảng cáo tấm lớn theo quy hoạch, trong đó 763 vị trí đã được đưa vào khai thác, đạt tỷ lệ 74,2%.

Tỉnh phấn đấu đến hết năm 2024 xóa bỏ 100% bảng quảng cáo tấm lớn không phép trên các tuyến quốc lộ, tỉnh lộ. Dự kiến trong quý III/2024, các địa phương sẽ tiếp tục tháo dỡ khoảng 320 biển quảng cáo lấn chiếm hành lang an toàn giao thông.

Người dân phát hiện quảng cáo trái phép có thể phản ánh qua đường dây nóng 0251.3822.617.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("Đồng Nai tháo dỡ hơn 2.300 biển", "2.300", 2300, "count", "biển quảng cáo",
      "biển quảng cáo vi phạm tháo dỡ", approx="over",
      period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("kiểm tra 1.864 cơ sở", "1.864", 1864, "count", "cơ sở",
      "cơ sở có hoạt động quảng cáo ngoài trời được kiểm tra", period=H1),
    F("phát hiện 412 cơ sở vi phạm", "412", 412, "count", "cơ sở",
      "cơ sở vi phạm", percent=22.1, period=H1),
    F("xử lý hơn 2.300 biển", "2.300", 2300, "count", "biển quảng cáo",
      "biển quảng cáo, bảng hiệu vi phạm tháo dỡ, xử lý", approx="over", period=I(H1)),
    F("có 146 bảng quảng cáo", "146", 146, "count", "bảng quảng cáo",
      "bảng quảng cáo tấm lớn dựng trái phép", total=2300, period=I(H1)),
    F("khoảng 58.000 tờ", "58.000", 58000, "count", "tờ quảng cáo rao vặt",
      "tờ quảng cáo rao vặt bóc, xóa", approx="about",
      change=C("increase", 18, "%", "cùng kỳ năm 2023"), period=I(H1)),
    F("thu giữ 9.450 băng rôn", "9.450", 9450, "count", "băng rôn",
      "băng rôn, phướn thu giữ", period=I(H1)),
    F("ban hành 87 quyết định", "87", 87, "count", "quyết định",
      "quyết định xử phạt vi phạm hành chính", period=I(H1)),
    F("gần 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng",
      "tổng số tiền phạt", approx="nearly", percent=134, period=I(H1)),
    F("xử phạt 39 trường hợp", "39", 39, "count", "trường hợp",
      "trường hợp bị xử phạt", location="Biên Hòa", period=I(H1)),
    F("số tiền 585 triệu đồng", "585", 585000000, "money", "đồng",
      "số tiền phạt", percent=46.4, location="Biên Hòa", period=I(H1)),
    F("cấp 64 giấy phép", "64", 64, "count", "giấy phép",
      "giấy phép xây dựng công trình quảng cáo được cấp",
      period=P("Cũng trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("tiếp nhận 112 hồ sơ", "112", 112, "count", "hồ sơ",
      "hồ sơ thông báo sản phẩm quảng cáo trên bảng, băng rôn tiếp nhận",
      period=P("Cũng trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("có 1.028 vị trí", "1.028", 1028, "count", "vị trí",
      "vị trí quảng cáo tấm lớn theo quy hoạch"),
    F("trong đó 763 vị trí", "763", 763, "count", "vị trí",
      "vị trí quảng cáo tấm lớn đã được đưa vào khai thác", total=1028, percent=74.2),
    F("xóa bỏ 100% bảng", "100", 100, "percent", "%",
      "bảng quảng cáo tấm lớn không phép trên các tuyến quốc lộ, tỉnh lộ được xóa bỏ", status="target",
      period=P("đến hết năm 2024", None, "2024-12-31")),
    F("khoảng 320 biển", "320", 320, "count", "biển quảng cáo",
      "biển quảng cáo lấn chiếm hành lang an toàn giao thông tháo dỡ", approx="about", status="forecast",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
]

write(1, TEXT, FIGS, location="Đồng Nai", published="2024-07-18", notes=(
    "Province portal (Đồng Nai): H1/2024 inspections, removals, illegal posters, fines, licences, planned sites.",
    "Headline '6 tháng' takes 2024 from the dateline. 412 cơ sở: 'chiếm 22,1%' is its percent; no part-of cue, so no total.",
    "585 triệu (Biên Hòa) 'chiếm 46,4% tổng số tiền phạt toàn tỉnh': percent, no total (no cue figure).",
))
