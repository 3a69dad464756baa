from lib import F, P, build

TEXT = """Nghệ An: Tai nạn giao thông dịp Tết Giáp Thìn giảm trên cả 3 tiêu chí
Cập nhật: 15/02/2024 09:20 | Lượt xem: 2.316

Theo báo cáo của Ban An toàn giao thông tỉnh, trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến hết ngày 14/2/2024), trên địa bàn tỉnh Nghệ An xảy ra 9 vụ tai nạn giao thông, làm chết 7 người, bị thương 6 người; so với Tết Quý Mão 2023 giảm 4 vụ, giảm 3 người chết và giảm 5 người bị thương.

Đáng chú ý, 5/9 vụ xảy ra trên các tuyến quốc lộ 1A, 7A và 48; nguyên nhân chủ yếu do người điều khiển phương tiện sử dụng rượu, bia, đi không đúng phần đường.

Điển hình, khoảng 21 giờ 15 phút ngày 10/2 (mùng 1 Tết), tại Km 402+300 quốc lộ 1A thuộc xã Diễn Hồng, huyện Diễn Châu, ô tô biển kiểm soát 37A-512.68 do anh N.V.T. (SN 1989) điều khiển đã tông vào xe máy đi cùng chiều làm 2 người tử vong tại chỗ. Kiểm tra cho thấy tài xế có nồng độ cồn trong hơi thở 0,512 miligam/1 lít khí thở.

Trong dịp Tết, lực lượng Cảnh sát giao thông và Công an các địa phương đã kiểm tra, xử lý 3.128 trường hợp vi phạm, phạt tiền hơn 5,4 tỷ đồng; tạm giữ 1.046 phương tiện (38 ô tô, 1.008 mô tô, xe máy), tước 412 giấy phép lái xe. Trong đó, vi phạm nồng độ cồn là 1.874 trường hợp, chiếm 59,9% tổng số vi phạm, tăng 27,5% so với Tết năm 2023.

Kết quả kiểm tra trên các tuyến quốc lộ cho thấy tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm đạt trên 98%.

Ban An toàn giao thông tỉnh tiếp tục khuyến cáo người dân "đã uống rượu, bia thì không lái xe". Mọi phản ánh về vi phạm trật tự an toàn giao thông xin gọi đường dây nóng 0238.3844.567 hoặc gửi về trụ sở Phòng Cảnh sát giao thông, số 3 đường Trường Thi, TP Vinh.
"""

TET = P("từ ngày 8/2 đến hết ngày 14/2/2024", "2024-02-08", "2024-02-14")
TETI = dict(TET, inherited=True)
DT = P("Trong dịp Tết", "2024-02-08", "2024-02-14")
D10 = P("ngày 10/2", "2024-02-10", "2024-02-10")

FIGS = [
    F("giảm trên cả 3 tiêu chí", "3", 3, "count", "tiêu chí", "tiêu chí", optional=True),
    F("xảy ra 9 vụ tai nạn", "9", 9, "count", "vụ", "vụ tai nạn giao thông", period=TET,
      change={"direction": "decrease", "value": 4, "unit": "vụ", "baseline": "Tết Quý Mão 2023"}),
    F("làm chết 7 người", "7", 7, "count", "người", "người chết do tai nạn giao thông", period=TET,
      change={"direction": "decrease", "value": 3, "unit": "người", "baseline": "Tết Quý Mão 2023"}),
    F("bị thương 6 người", "6", 6, "count", "người", "người bị thương do tai nạn giao thông", period=TET,
      change={"direction": "decrease", "value": 5, "unit": "người", "baseline": "Tết Quý Mão 2023"}),
    F("5/9 vụ", "5", 5, "count", "vụ", "vụ xảy ra trên các tuyến quốc lộ", total=9, period=TETI),
    F("làm 2 người tử vong", "2", 2, "count", "người", "người tử vong", period=D10, location="Diễn Châu"),
    F("0,512 miligam/1 lít", "0,512", 0.512, "measure", "miligam/1 lít khí thở", "nồng độ cồn trong hơi thở của tài xế",
      period=dict(D10, inherited=True), location="Diễn Châu"),
    F("xử lý 3.128 trường hợp", "3.128", 3128, "count", "trường hợp", "trường hợp vi phạm bị kiểm tra, xử lý", period=DT),
    F("hơn 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng", "phạt tiền", approx="over", period=DT),
    F("tạm giữ 1.046 phương tiện", "1.046", 1046, "count", "phương tiện", "phương tiện bị tạm giữ", period=DT),
    F("(38 ô tô", "38", 38, "count", "ô tô", "ô tô bị tạm giữ", total=1046, period=DT),
    F("1.008 mô tô", "1.008", 1008, "count", "mô tô, xe máy", "mô tô, xe máy bị tạm giữ", total=1046, period=DT),
    F("tước 412 giấy phép", "412", 412, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", period=DT),
    F("là 1.874 trường hợp", "1.874", 1874, "count", "trường hợp", "vi phạm nồng độ cồn", total=3128, percent=59.9,
      change={"direction": "increase", "value": 27.5, "unit": "%", "baseline": "Tết năm 2023"}, period=TETI),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm", approx="over"),
]

HEADER = [
    "Cổng TTĐT tỉnh Nghệ An (province portal): TNGT and enforcement during Tết Giáp Thìn 2024 (8/2-14/2/2024). 'Cập nhật: 15/02/2024 09:20 | Lượt xem: 2.316'.",
    "Distractors: view counter, '7 ngày nghỉ' (duration), 'quốc lộ 1A, 7A và 48', 'Km 402+300', plate '37A-512.68', 'SN 1989', '21 giờ 15 phút',",
    "'mùng 1 Tết', hotline 0238.3844.567, address 'số 3 đường Trường Thi'. 'cả 3 tiêu chí' in the headline is structure (optional).",
    "The 'giảm 4 vụ, giảm 3 người chết, giảm 5 người bị thương' clause (same sentence) gives each count its change. '5/9 vụ' total 9.",
    "The single crash is located in huyện Diễn Châu (district) and dated ngày 10/2 (a single day). Bracketed breakdown 38+1.008 = 1.046.",
    "'Trong đó, vi phạm nồng độ cồn 1.874' is part of 3.128 (total), with share 59,9% and change +27,5%.",
]

build("p395-1", TEXT, HEADER, FIGS, published="2024-02-15", location="Nghệ An")
