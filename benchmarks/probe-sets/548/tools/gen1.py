from lib import F, P, I, CH, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Nội chính
Hà Tĩnh: 9 tháng phát hiện sai phạm hơn 42 tỷ đồng qua thanh tra
Cập nhật: 15/10/2024 08:30 | Lượt xem: 1.842

Ngày 14/10, Thanh tra tỉnh Hà Tĩnh tổ chức hội nghị đánh giá công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng 9 tháng năm 2024, triển khai nhiệm vụ quý IV/2024.

Theo báo cáo, 9 tháng năm 2024, toàn ngành Thanh tra tỉnh đã triển khai 186 cuộc thanh tra hành chính, tăng 12 cuộc so với cùng kỳ; trong đó đã ban hành kết luận 142 cuộc. Qua thanh tra, phát hiện sai phạm về kinh tế hơn 42,6 tỷ đồng và 18,75 ha đất; kiến nghị thu hồi về ngân sách nhà nước 31,4 tỷ đồng, xử lý khác 11,2 tỷ đồng; kiến nghị xử lý hành chính 37 tập thể và 96 cá nhân; chuyển cơ quan điều tra 4 vụ việc có dấu hiệu tội phạm.

Các sở, ngành đã triển khai 1.268 cuộc thanh tra, kiểm tra chuyên ngành đối với 4.935 tổ chức, cá nhân; phát hiện 812 tổ chức, cá nhân vi phạm, ban hành 796 quyết định xử phạt vi phạm hành chính với tổng số tiền 9,84 tỷ đồng.

Về tiếp công dân, các cơ quan hành chính nhà nước đã tiếp 3.127 lượt công dân, trong đó có 41 lượt đoàn đông người. Tổng số đơn tiếp nhận là 2.456 đơn, giảm 8,3% so với cùng kỳ; số vụ việc thuộc thẩm quyền là 318 vụ việc, đã giải quyết 289 vụ việc, đạt 90,9%.

Trong quý IV, ngành phấn đấu hoàn thành 100% kế hoạch thanh tra đã phê duyệt và thu hồi tối thiểu 80% số tiền sai phạm đã kiến nghị.

Đường dây nóng Thanh tra tỉnh: 0239.3855.112. Địa chỉ: số 68 đường Hà Huy Tập, TP. Hà Tĩnh.
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
H9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("sai phạm hơn 42 tỷ", "42", 42e9, "money", "đồng", "sai phạm phát hiện qua thanh tra", H9, approx="over"),
    F("triển khai 186 cuộc", "186", 186, "count", "cuộc thanh tra", "cuộc thanh tra hành chính", P9,
      change=CH("increase", 12, "cuộc", "cùng kỳ")),
    F("kết luận 142 cuộc", "142", 142, "count", "cuộc", "cuộc thanh tra đã ban hành kết luận", P9, total=186),
    F("hơn 42,6 tỷ đồng", "42,6", 42.6e9, "money", "đồng", "sai phạm về kinh tế phát hiện qua thanh tra", I(P9), approx="over"),
    F("18,75 ha", "18,75", 18.75, "measure", "ha", "đất sai phạm phát hiện qua thanh tra", I(P9)),
    F("31,4 tỷ đồng", "31,4", 31.4e9, "money", "đồng", "kiến nghị thu hồi về ngân sách nhà nước", I(P9)),
    F("11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", "kiến nghị xử lý khác", I(P9)),
    F("37 tập thể", "37", 37, "count", "tập thể", "tập thể bị kiến nghị xử lý hành chính", I(P9)),
    F("96 cá nhân", "96", 96, "count", "cá nhân", "cá nhân bị kiến nghị xử lý hành chính", I(P9)),
    F("4 vụ việc", "4", 4, "count", "vụ việc", "vụ việc có dấu hiệu tội phạm chuyển cơ quan điều tra", I(P9)),
    F("1.268 cuộc", "1.268", 1268, "count", "cuộc thanh tra", "cuộc thanh tra, kiểm tra chuyên ngành", I(P9)),
    F("4.935 tổ chức", "4.935", 4935, "count", "tổ chức, cá nhân", "tổ chức, cá nhân được thanh tra, kiểm tra chuyên ngành", I(P9)),
    F("812 tổ chức", "812", 812, "count", "tổ chức, cá nhân", "tổ chức, cá nhân vi phạm", I(P9)),
    F("796 quyết định", "796", 796, "count", "quyết định", "quyết định xử phạt vi phạm hành chính", I(P9)),
    F("9,84 tỷ đồng", "9,84", 9.84e9, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(P9)),
    F("tiếp 3.127 lượt", "3.127", 3127, "count", "lượt", "lượt tiếp công dân", I(P9)),
    F("có 41 lượt", "41", 41, "count", "lượt", "lượt đoàn đông người", I(P9), total=3127),
    F("2.456 đơn", "2.456", 2456, "count", "đơn", "đơn tiếp nhận", I(P9),
      change=CH("decrease", 8.3, "%", "cùng kỳ")),
    F("là 318 vụ việc", "318", 318, "count", "vụ việc", "vụ việc thuộc thẩm quyền", I(P9)),
    F("289 vụ việc", "289", 289, "count", "vụ việc", "vụ việc thuộc thẩm quyền đã giải quyết", I(P9), percent=90.9),
    F("hoàn thành 100%", "100", 100, "percent", "%", "hoàn thành kế hoạch thanh tra đã phê duyệt", Q4, status="target"),
    F("tối thiểu 80%", "80", 80, "percent", "%", "thu hồi số tiền sai phạm đã kiến nghị", Q4, approx="at_least", status="target"),
]

COMMENTS = [
    "Hà Tĩnh province portal: Thanh tra tỉnh, 9 months of 2024 (inspections, violations in money and land, complaints).",
    "Breadcrumb, 'Cập nhật:' line and 'Lượt xem: 1.842' counter; hotline 0239.3855.112 and 'số 68 đường Hà Huy Tập' are not figures.",
    "'trong đó … 142 cuộc' is part of 186; '41 lượt đoàn đông người' is part of 3.127 lượt. 289 solved of 318 has no part-of cue: percent only.",
    "'Trong quý IV' (no year) takes 2024 from the earlier '9 tháng năm 2024'; 'phấn đấu' makes both Q4 figures targets.",
]

if __name__ == "__main__":
    emit("p548-1", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Hà Tĩnh")
