"""p1316-5: national newspaper (VnExpress style): drink-driving nationwide in 2024 (Cục CSGT)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Giao thông
Thứ năm, 2/1/2025, 16:20 (GMT+7)

Gần 700.000 tài xế vi phạm nồng độ cồn bị xử lý năm 2024

Năm qua, CSGT cả nước phát hiện, xử phạt 682.350 tài xế vi phạm nồng độ cồn, chiếm khoảng 23% tổng số vi phạm trật tự an toàn giao thông bị xử lý.

Theo Cục Cảnh sát giao thông (Bộ Công an), năm 2024 lực lượng CSGT toàn quốc đã kiểm tra nồng độ cồn hơn 9,5 triệu lượt người điều khiển phương tiện. Số trường hợp vi phạm bị xử lý là 682.350, tăng 12,4% so với năm 2023, trong đó người lái ô tô chiếm 14,6%. Tổng tiền phạt khoảng 2.415 tỷ đồng; hơn 540.000 giấy phép lái xe bị tước quyền sử dụng có thời hạn.

Dẫn đầu cả nước về số trường hợp vi phạm bị xử lý là Hà Nội với 61.208 trường hợp, tiếp đến là TP HCM 48.930 trường hợp và Thanh Hóa 21.847 trường hợp.

"Nhiều tài xế vẫn chủ quan, cho rằng uống một chút bia thì không sao", một cán bộ Cục CSGT nói. Theo Ủy ban An toàn giao thông Quốc gia, khoảng 36% số vụ tai nạn giao thông nghiêm trọng có nguyên nhân liên quan đến rượu, bia. Nghị định 168/2024/NĐ-CP vừa có hiệu lực đã nâng mức phạt tối đa với tài xế ô tô vi phạm nồng độ cồn lên 40 triệu đồng.

Cục CSGT đặt mục tiêu năm 2025 kéo giảm ít nhất 10% số người chết do tai nạn giao thông liên quan đến rượu, bia; đến năm 2030, 100% tổ công tác kiểm tra nồng độ cồn được trang bị thiết bị có kết nối dữ liệu.

Gia Minh

Chia sẻ | 36 bình luận
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
LAST = per("Năm qua", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("Gần 700.000 tài xế", "700.000", 700000, "count", "tài xế", approx="nearly",
        subject="tài xế vi phạm nồng độ cồn bị xử lý", period=Y24),
    fig("xử phạt 682.350 tài xế", "682.350", 682350, "count", "tài xế", percent=23,
        subject="tài xế vi phạm nồng độ cồn bị phát hiện, xử phạt", period=LAST),
    fig("hơn 9,5 triệu lượt", "9,5", 9.5e6, "count", "lượt người", approx="over",
        subject="lượt người điều khiển phương tiện được kiểm tra nồng độ cồn", period=Y24),
    fig("xử lý là 682.350", "682.350", 682350, "count", "trường hợp",
        change=chg("increase", 12.4, "%", "năm 2023"),
        subject="số trường hợp vi phạm bị xử lý", period=inh(Y24)),
    fig("chiếm 14,6%", "14,6", 14.6, "percent", "%",
        subject="người lái ô tô trong số trường hợp vi phạm", period=inh(Y24)),
    fig("khoảng 2.415 tỷ", "2.415", 2415e9, "money", "đồng", approx="about",
        subject="tổng tiền phạt", period=inh(Y24)),
    fig("hơn 540.000 giấy phép", "540.000", 540000, "count", "giấy phép lái xe", approx="over",
        subject="giấy phép lái xe bị tước quyền sử dụng có thời hạn", period=inh(Y24)),
    fig("Hà Nội với 61.208", "61.208", 61208, "count", "trường hợp",
        subject="số trường hợp vi phạm bị xử lý", period=inh(Y24), location="Hà Nội"),
    fig("TP HCM 48.930", "48.930", 48930, "count", "trường hợp",
        subject="số trường hợp vi phạm bị xử lý", period=inh(Y24), location="TP Hồ Chí Minh"),
    fig("Thanh Hóa 21.847", "21.847", 21847, "count", "trường hợp",
        subject="số trường hợp vi phạm bị xử lý", period=inh(Y24), location="Thanh Hóa"),
    fig("khoảng 36%", "36", 36, "percent", "%", approx="about",
        subject="số vụ tai nạn giao thông nghiêm trọng có nguyên nhân liên quan đến rượu, bia"),
    fig("lên 40 triệu", "40", 40e6, "money", "đồng",
        subject="mức phạt tối đa với tài xế ô tô vi phạm nồng độ cồn"),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="mức kéo giảm số người chết do tai nạn giao thông liên quan đến rượu, bia", period=Y25),
    fig("100% tổ công tác", "100", 100, "percent", "%", status="target",
        subject="tổ công tác kiểm tra nồng độ cồn được trang bị thiết bị có kết nối dữ liệu", period=T30),
]

NOTES = [
    "National newspaper: 'Thứ năm, 2/1/2025, 16:20 (GMT+7)', sapo, quote, byline, 'Chia sẻ | 36 bình luận'.",
    "Distractors: 16:20, (GMT+7), Nghị định 168/2024/NĐ-CP, '36 bình luận', 'uống một chút bia' (no figure).",
    "'Năm qua' in a 2/1/2025 article is 2024. 682.350 stands twice: sapo (percent 23) and body (change +12,4%, unit trường hợp).",
    "'trong đó người lái ô tô chiếm 14,6%' is a percent figure of its own. The list Hà Nội / TP HCM / Thanh Hóa: places to location.",
    "'mức phạt tối đa ... lên 40 triệu đồng': 'tối đa' names the maximum fine; the number itself is exact (approx exact).",
    "'đặt mục tiêu' governs both clauses (target); 'đến năm 2030' → start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1316-5", TEXT, NOTES, FIGS, published="2025-01-02", location="Việt Nam")
