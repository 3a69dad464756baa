from lib import write, F, P, C, T
Y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YI = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
text = """Đồng Tháp: Tăng cường kiểm tra an toàn tại các bến khách ngang sông
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.376

(DTO) - Theo báo cáo của Sở Giao thông vận tải, 9 tháng năm 2024, toàn tỉnh có 187 bến khách ngang sông đang hoạt động, trong đó 172 bến đã được cấp giấy phép, chiếm 91,98%; 15 bến còn lại đang hoàn thiện hồ sơ. Các bến đã vận chuyển khoảng 18,6 triệu lượt hành khách, tăng 4,2% so với cùng kỳ năm 2023.

Lực lượng liên ngành đã tổ chức 426 cuộc kiểm tra, phát hiện 312 trường hợp vi phạm, xử phạt vi phạm hành chính hơn 1,15 tỷ đồng. Các lỗi phổ biến là chở quá số người quy định, không trang bị đủ áo phao và phương tiện không có giấy chứng nhận an toàn kỹ thuật. Riêng lỗi không trang bị đủ áo phao chiếm 37,5% tổng số vi phạm.

Về phương tiện, toàn tỉnh có 1.204 phương tiện chở khách ngang sông; 100% phương tiện đã được đăng kiểm và trang bị phao tròn. Trong đợt cao điểm, Sở đã phối hợp Công an tỉnh cấp phát miễn phí 5.400 áo phao cho người dân vùng sâu, vùng xa.

Tại các huyện trọng điểm, số lượt hành khách qua bến lần lượt là: Hồng Ngự hơn 3,1 triệu lượt, Tam Nông 1,7 triệu lượt, Thanh Bình gần 2,4 triệu lượt.

Trong 9 tháng, trên địa bàn tỉnh xảy ra 2 vụ tai nạn đường thủy nội địa, giảm 3 vụ so với cùng kỳ, làm 1 người chết.

Kế hoạch năm 2024, Sở phấn đấu 100% bến khách ngang sông được cấp phép và tỷ lệ người đi đò mặc áo phao đạt trên 95%. Người dân phát hiện bến hoạt động không phép có thể phản ánh qua đường dây nóng 0277.3851.417 hoặc đến trụ sở Sở tại số 7 đường 30/4, phường 1, TP Cao Lãnh.
"""
figs = [
    F("có 187 bến", "187", 187, "count", "bến khách ngang sông", "bến khách ngang sông đang hoạt động", period=Y),
    F("trong đó 172 bến", "172", 172, "count", "bến", "bến khách ngang sông đã được cấp giấy phép", total=187, percent=91.98, period=Y),
    F("; 15 bến còn lại", "15", 15, "count", "bến", "bến còn lại đang hoàn thiện hồ sơ", total=187, period=Y),
    F("khoảng 18,6 triệu lượt", "18,6", 18600000, "count", "lượt hành khách", "lượt hành khách các bến vận chuyển", approx="about",
      change=C("increase", 4.2, "%", "cùng kỳ năm 2023"), period=YI),
    F("426 cuộc kiểm tra", "426", 426, "count", "cuộc kiểm tra", "cuộc kiểm tra của lực lượng liên ngành", period=YI),
    F("312 trường hợp", "312", 312, "count", "trường hợp vi phạm", "trường hợp vi phạm phát hiện", period=YI),
    F("hơn 1,15 tỷ đồng", "1,15", 1150000000, "money", "đồng", "tiền xử phạt vi phạm hành chính", approx="over", period=YI),
    F("chiếm 37,5% tổng", "37,5", 37.5, "percent", "%", "lỗi không trang bị đủ áo phao trong tổng số vi phạm", period=YI),
    F("có 1.204 phương tiện", "1.204", 1204, "count", "phương tiện", "phương tiện chở khách ngang sông", period=YI),
    F("; 100% phương tiện", "100", 100, "percent", "%", "phương tiện đã được đăng kiểm và trang bị phao tròn", period=YI),
    F("miễn phí 5.400 áo phao", "5.400", 5400, "count", "áo phao", "áo phao cấp phát miễn phí cho người dân", period=YI),
    F("Hồng Ngự hơn 3,1 triệu", "3,1", 3100000, "count", "lượt", "số lượt hành khách qua bến", approx="over", location="Hồng Ngự", period=YI),
    F("Tam Nông 1,7 triệu", "1,7", 1700000, "count", "lượt", "số lượt hành khách qua bến", location="Tam Nông", period=YI),
    F("Thanh Bình gần 2,4 triệu", "2,4", 2400000, "count", "lượt", "số lượt hành khách qua bến", approx="nearly", location="Thanh Bình", period=YI),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ tai nạn", "vụ tai nạn đường thủy nội địa",
      change=C("decrease", 3, "vụ", "cùng kỳ"), period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("làm 1 người chết", "1", 1, "count", "người chết", "người chết do tai nạn đường thủy nội địa", period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("phấn đấu 100% bến", "100", 100, "percent", "%", "bến khách ngang sông được cấp phép", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ người đi đò mặc áo phao", approx="over", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
]
write("p400-1", text, figs, published="2024-10-14", location="Đồng Tháp", comments=[
    "Cổng TTĐT tỉnh Đồng Tháp (provincial portal): cross-river passenger wharves, inspections, life jackets, 9 months 2024.",
    "Dateline 'Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.376' (counter is page furniture). Distractors: hotline, address 'số 7 đường 30/4, phường 1'.",
    "172 and 15 are parts of 187 (trong đó; the ';' continues the breakdown). District list: location = district, subject = the list's indicator;",
    "no total for the district items (no part-of cue). '9 tháng năm 2024' stands in the first sentence only: later figures inherit it.",
    "'giảm 3 vụ so với cùng kỳ' is the change of 2 vụ (unit vụ). 'Kế hoạch năm 2024, Sở phấn đấu …' targets.",
])
