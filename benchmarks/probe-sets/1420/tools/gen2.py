"""p1420-2: district portal (huyện Thanh Trì, Hà Nội): list of 1.146 unclaimed vehicles, returns, fees, planned auctions."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH TRÌ
Thành phố Hà Nội
Trang chủ / Tin tức - Sự kiện / Quốc phòng - An ninh

Công khai danh sách 1.146 xe vi phạm quá hạn chưa có người nhận

18/03/2025 - 08:45

Ngày 17/3, Công an huyện Thanh Trì cho biết đã niêm yết công khai danh sách 1.146 phương tiện bị tạm giữ quá thời hạn nhưng chủ phương tiện không đến giải quyết. Số xe này gồm 1.098 mô tô, xe máy và 48 xe ô tô, đang được lưu giữ tại hai bãi tạm giữ ở xã Ngũ Hiệp và thị trấn Văn Điển.

Theo Thượng tá Nguyễn Văn Khải, Trưởng Công an huyện, phần lớn số xe trên bị tạm giữ do vi phạm nồng độ cồn, không có giấy tờ hợp lệ. Khoảng ba chục xe đã hư hỏng nặng, chỉ còn khung.

Từ đầu năm 2024 đến nay, Công an huyện đã trả lại 2.317 phương tiện cho chủ sở hữu sau khi chấp hành xong quyết định xử phạt, thu phí trông giữ gần 410 triệu đồng.

Năm 2024, lực lượng chức năng của huyện phát hiện, xử lý 14.530 trường hợp vi phạm trật tự an toàn giao thông, tạm giữ 3.962 phương tiện, tăng 27% so với năm 2023.

Sau thời hạn niêm yết, nếu chủ phương tiện không đến nhận, huyện sẽ lập hồ sơ đề nghị tịch thu, bán đấu giá theo quy định. Dự kiến trong quý II/2025, huyện tổ chức hai phiên đấu giá; tổng giá trị tài sản ước tính khoảng 1,5 tỷ đồng.

Người dân có nhu cầu tra cứu liên hệ Đội Cảnh sát giao thông - Trật tự Công an huyện, điện thoại 024.3861.2209.

Nguồn: Công an huyện Thanh Trì

Tin khác:
- Thanh Trì tổng kết công tác bảo đảm trật tự an toàn giao thông quý I
- Hội nghị triển khai Luật Trật tự, an toàn giao thông đường bộ năm 2024

Địa chỉ: Số 375 đường Ngọc Hồi, thị trấn Văn Điển, huyện Thanh Trì, Hà Nội
"""

SINCE = per("Từ đầu năm 2024 đến nay", "2024-01-01", "2025-03-18")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = per("quý II/2025", "2025-04-01", "2025-06-30")

FIGS = [
    fig("danh sách 1.146 xe", "1.146", 1146, "count", "xe",
        subject="xe vi phạm quá hạn chưa có người nhận"),
    fig("danh sách 1.146 phương tiện", "1.146", 1146, "count", "phương tiện",
        subject="phương tiện bị tạm giữ quá thời hạn nhưng chủ phương tiện không đến giải quyết"),
    fig("gồm 1.098 mô tô", "1.098", 1098, "count", "mô tô, xe máy", total=1146,
        subject="mô tô, xe máy quá hạn chưa có người nhận"),
    fig("và 48 xe ô tô", "48", 48, "count", "xe ô tô", total=1146,
        subject="xe ô tô quá hạn chưa có người nhận"),
    fig("tại hai bãi", "hai", 2, "count", "bãi tạm giữ", subject="bãi tạm giữ lưu giữ số xe"),
    fig("Khoảng ba chục xe", "ba chục", 30, "count", "xe", approx="about",
        subject="xe đã hư hỏng nặng, chỉ còn khung"),
    fig("trả lại 2.317", "2.317", 2317, "count", "phương tiện",
        subject="phương tiện trả lại cho chủ sở hữu", period=SINCE),
    fig("gần 410 triệu", "410", 410e6, "money", "đồng", approx="nearly",
        subject="phí trông giữ thu được", period=SINCE),
    fig("xử lý 14.530", "14.530", 14530, "count", "trường hợp",
        subject="trường hợp vi phạm trật tự an toàn giao thông phát hiện, xử lý", period=Y24),
    fig("tạm giữ 3.962", "3.962", 3962, "count", "phương tiện",
        change=chg("increase", 27, "%", "năm 2023"), subject="phương tiện tạm giữ", period=Y24),
    fig("tổ chức hai phiên", "hai", 2, "count", "phiên đấu giá", status="forecast",
        subject="phiên đấu giá huyện tổ chức", period=Q2),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng giá trị tài sản đấu giá", period=Q2),
]

NOTES = [
    "District portal (huyện Thanh Trì, Hà Nội): portal banner, breadcrumb, '18/03/2025 - 08:45', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Ngày 17/3', 08:45, phone 024.3861.2209, 'Số 375 đường Ngọc Hồi', 'quý I' and 'năm 2024' in link titles, 'Thượng tá'.",
    "Headline and body both state 1.146 (two figures, different anchors). 'Ngày 17/3 ... cho biết' dates the statement, not the figure: no period.",
    "'Số xe này gồm 1.098 ... và 48 ...' after a sentence break: parts of 1.146 (they add up).",
    "'ba chục' = 30 (approx about from 'Khoảng'). 'hai bãi', 'hai phiên' are number words.",
    "'Từ đầu năm 2024 đến nay' ends at the dateline 2025-03-18. In the 'Dự kiến trong quý II/2025' sentence the second clause has",
    "its own cue 'ước tính' → estimate; the period phrase stands in the same sentence, so both carry quý II/2025.",
]

if __name__ == "__main__":
    write("p1420-2", TEXT, NOTES, FIGS, published="2025-03-18", location="Thanh Trì")
