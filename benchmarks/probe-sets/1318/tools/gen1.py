"""p1318-1: province portal (Quảng Ninh): traffic safety results 9 months 2024, seat-belt violations, bus checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Tin tức > Giao thông - Vận tải

Hơn 3.200 trường hợp không thắt dây an toàn bị xử lý trong 9 tháng

Cập nhật: 09/10/2024 16:05 | Lượt xem: 1.386

Theo Ban An toàn giao thông tỉnh, 9 tháng năm 2024, trên địa bàn tỉnh xảy ra 118 vụ tai nạn giao thông, làm chết 74 người, bị thương 61 người; so với cùng kỳ năm 2023 giảm 14 vụ, giảm 9 người chết và giảm 17 người bị thương. Trong đó, tai nạn liên quan đến xe khách là 11 vụ, làm chết 6 người.

Lực lượng Cảnh sát giao thông đã kiểm tra, xử lý 41.586 trường hợp vi phạm, phạt tiền hơn 92,4 tỷ đồng, tăng 18,6% so với cùng kỳ; tước giấy phép lái xe 2.930 trường hợp. Riêng lỗi không thắt dây an toàn khi ngồi trên ô tô đã xử lý 3.246 trường hợp, chiếm 7,8% tổng số vi phạm, gấp 1,5 lần cùng kỳ năm 2023.

Đối với hoạt động vận tải hành khách, Sở Giao thông vận tải đã kiểm tra 126 doanh nghiệp, hợp tác xã với 2.154 phương tiện; qua kiểm tra, 97,3% số xe khách tuyến cố định trang bị đủ dây an toàn cho ghế hành khách. Qua dữ liệu giám sát hành trình, phát hiện 438 xe vi phạm tốc độ, đã thu hồi phù hiệu 52 xe.

Ban An toàn giao thông tỉnh đặt mục tiêu đến hết năm 2024 giảm ít nhất 5% số người chết do tai nạn giao thông so với năm 2023; phấn đấu tỷ lệ người ngồi trên ô tô thắt dây an toàn đạt trên 80%.

Tin liên quan:
- Ra quân bảo đảm trật tự an toàn giao thông dịp Quốc khánh 2/9
- Hạ Long: Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho lái xe khách
"""

N9H = per("9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9I = inh(N9)
TGT = per("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    fig("Hơn 3.200 trường hợp", "3.200", 3200, "count", "trường hợp", approx="over",
        subject="trường hợp không thắt dây an toàn bị xử lý", period=N9H),
    fig("xảy ra 118 vụ", "118", 118, "count", "vụ", change=chg("decrease", 14, "vụ", "cùng kỳ năm 2023"),
        subject="vụ tai nạn giao thông", period=N9),
    fig("chết 74 người", "74", 74, "count", "người", change=chg("decrease", 9, "người", "cùng kỳ năm 2023"),
        subject="người chết do tai nạn giao thông", period=N9),
    fig("thương 61 người", "61", 61, "count", "người", change=chg("decrease", 17, "người", "cùng kỳ năm 2023"),
        subject="người bị thương do tai nạn giao thông", period=N9),
    fig("là 11 vụ", "11", 11, "count", "vụ", total=118,
        subject="tai nạn liên quan đến xe khách", period=N9I),
    fig("chết 6 người", "6", 6, "count", "người", total=74,
        subject="người chết trong tai nạn liên quan đến xe khách", period=N9I),
    fig("xử lý 41.586", "41.586", 41586, "count", "trường hợp",
        subject="trường hợp vi phạm Cảnh sát giao thông kiểm tra, xử lý", period=N9I),
    fig("hơn 92,4 tỷ", "92,4", 92.4e9, "money", "đồng", approx="over",
        change=chg("increase", 18.6, "%", "cùng kỳ"), subject="phạt tiền", period=N9I),
    fig("xe 2.930 trường hợp", "2.930", 2930, "count", "trường hợp",
        subject="trường hợp tước giấy phép lái xe", period=N9I),
    fig("xử lý 3.246", "3.246", 3246, "count", "trường hợp", percent=7.8,
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023"),
        subject="trường hợp lỗi không thắt dây an toàn khi ngồi trên ô tô đã xử lý", period=N9I),
    fig("kiểm tra 126 doanh nghiệp", "126", 126, "count", "doanh nghiệp, hợp tác xã",
        subject="doanh nghiệp, hợp tác xã vận tải hành khách được Sở Giao thông vận tải kiểm tra", period=N9I),
    fig("với 2.154 phương tiện", "2.154", 2154, "count", "phương tiện",
        subject="phương tiện được kiểm tra", period=N9I),
    fig("97,3% số xe", "97,3", 97.3, "percent", "%",
        subject="xe khách tuyến cố định trang bị đủ dây an toàn cho ghế hành khách", period=N9I),
    fig("phát hiện 438 xe", "438", 438, "count", "xe", subject="xe vi phạm tốc độ qua dữ liệu giám sát hành trình",
        period=N9I),
    fig("phù hiệu 52 xe", "52", 52, "count", "xe", subject="xe bị thu hồi phù hiệu", period=N9I),
    fig("ít nhất 5%", "5", 5, "percent", "%", approx="at_least", status="target",
        subject="mức giảm số người chết do tai nạn giao thông", period=TGT),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
        subject="tỷ lệ người ngồi trên ô tô thắt dây an toàn", period=TGT),
]

NOTES = [
    "Province portal (Quảng Ninh): breadcrumb, headline figure, 'Cập nhật: 09/10/2024 16:05 | Lượt xem: 1.386', related links.",
    "Distractors: counter 1.386, time 16:05, 'Quốc khánh 2/9' in a link title, baseline years.",
    "Changes listed after ';' ('giảm 14 vụ, giảm 9 người chết và giảm 17 người bị thương') attach to 118 / 74 / 61 in order.",
    "'Trong đó, ... 11 vụ, làm chết 6 người' (after a sentence break): 11 takes the whole 118 vụ, 6 the whole 74 người chết.",
    "3.246: 'chiếm 7,8% tổng số vi phạm' → percent 7.8 (no total: no cue); 'gấp 1,5 lần cùng kỳ năm 2023' → change 1.5 lần.",
    "Paragraphs 2-3 stand under '9 tháng năm 2024' of paragraph 1: inherited period (not scored).",
    "'đặt mục tiêu đến hết năm 2024 giảm ít nhất 5% ...; phấn đấu ... trên 80%': both target, period end 2024-12-31, start null.",
]

if __name__ == "__main__":
    write("p1318-1", TEXT, NOTES, FIGS, published="2024-10-09", location="Quảng Ninh")
