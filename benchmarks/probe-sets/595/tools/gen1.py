"""p595-1: An Giang province portal, ferry crossings H1/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông vận tải
An Giang: Bến khách ngang sông chở hơn 8,6 triệu lượt khách trong 6 tháng
Cập nhật: 15/07/2024 08:30
Lượt xem: 1.842

Theo Sở Giao thông vận tải, 6 tháng đầu năm 2024, các bến khách ngang sông trên địa bàn tỉnh An Giang vận chuyển hơn 8,6 triệu lượt hành khách, tăng 5,3% so với cùng kỳ năm 2023; phương tiện qua bến đạt 4,12 triệu lượt xe mô tô, xe gắn máy và 186.400 lượt ô tô.

Tính đến ngày 30/6/2024, toàn tỉnh có 214 bến khách ngang sông, trong đó 198 bến đã được cấp phép hoạt động, chiếm 92,5%. Các địa phương có nhiều bến nhất là huyện Chợ Mới (41 bến), huyện Phú Tân (33 bến) và thị xã Tân Châu (27 bến). Số phương tiện chở khách ngang sông là 512 chiếc, trong đó 487 chiếc đã được đăng kiểm.

Trong đợt cao điểm từ ngày 15/3 đến 15/5/2024, Thanh tra Sở phối hợp Công an tỉnh kiểm tra 1.356 lượt phương tiện thủy nội địa, lập biên bản 176 trường hợp vi phạm, phạt tiền hơn 386 triệu đồng. Lỗi phổ biến là không trang bị đủ áo phao, chở quá số người quy định. Sở đã cấp phát 2.500 áo phao cứu sinh cho các bến tại 5 huyện, thị xã biên giới.

6 tháng qua, trên sông Tiền và sông Hậu xảy ra 3 vụ tai nạn giao thông đường thủy, làm chết 2 người, giảm 2 vụ so với cùng kỳ.

Phấn đấu đến năm 2025, 100% bến khách ngang sông được cấp phép, 100% hành khách mặc áo phao khi qua sông. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0296.3852.617 hoặc trụ sở Sở tại số 16 Lê Triệu Kiết, phường Mỹ Bình, TP. Long Xuyên.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", end="2024-06-30")

FIGS = [
    fig("chở hơn 8,6 triệu lượt khách", "8,6", 8600000, "count", "lượt khách",
        "lượt khách bến khách ngang sông chở", per("trong 6 tháng", "2024-01-01", "2024-06-30"),
        approx="over"),
    fig("chuyển hơn 8,6 triệu lượt hành khách", "8,6", 8600000, "count", "lượt hành khách",
        "lượt hành khách các bến khách ngang sông vận chuyển", H1, approx="over",
        change=chg("increase", 5.3, baseline="cùng kỳ năm 2023")),
    fig("đạt 4,12 triệu lượt xe", "4,12", 4120000, "count", "lượt xe mô tô, xe gắn máy",
        "xe mô tô, xe gắn máy qua bến", H1),
    fig("186.400 lượt ô tô", "186.400", 186400, "count", "lượt ô tô", "ô tô qua bến", H1),
    fig("có 214 bến", "214", 214, "count", "bến", "bến khách ngang sông", ASOF),
    fig("198 bến", "198", 198, "count", "bến", "bến khách ngang sông đã được cấp phép hoạt động", ASOF,
        total=214, percent=92.5),
    fig("(41 bến)", "41", 41, "count", "bến", "bến khách ngang sông", inh(ASOF), location="Chợ Mới"),
    fig("(33 bến)", "33", 33, "count", "bến", "bến khách ngang sông", inh(ASOF), location="Phú Tân"),
    fig("(27 bến)", "27", 27, "count", "bến", "bến khách ngang sông", inh(ASOF), location="Tân Châu"),
    fig("là 512 chiếc", "512", 512, "count", "chiếc", "phương tiện chở khách ngang sông", inh(ASOF)),
    fig("487 chiếc", "487", 487, "count", "chiếc", "phương tiện chở khách ngang sông đã được đăng kiểm",
        inh(ASOF), total=512),
    fig("kiểm tra 1.356 lượt", "1.356", 1356, "count", "lượt phương tiện",
        "lượt phương tiện thủy nội địa được kiểm tra",
        per("từ ngày 15/3 đến 15/5/2024", "2024-03-15", "2024-05-15")),
    fig("biên bản 176 trường hợp", "176", 176, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản",
        per("từ ngày 15/3 đến 15/5/2024", "2024-03-15", "2024-05-15")),
    fig("hơn 386 triệu đồng", "386", 386000000, "money", "đồng", "tiền phạt",
        per("từ ngày 15/3 đến 15/5/2024", "2024-03-15", "2024-05-15"), approx="over"),
    fig("cấp phát 2.500 áo phao", "2.500", 2500, "count", "áo phao", "áo phao cứu sinh cấp phát cho các bến"),
    fig("tại 5 huyện", "5", 5, "count", "huyện, thị xã", "huyện, thị xã biên giới được cấp phát áo phao"),
    fig("xảy ra 3 vụ", "3", 3, "count", "vụ", "tai nạn giao thông đường thủy",
        inh(H1), change=chg("decrease", 2, "vụ", baseline="cùng kỳ")),
    fig("chết 2 người", "2", 2, "count", "người", "người chết do tai nạn giao thông đường thủy", inh(H1)),
    fig("2025, 100% bến", "100", 100, "percent", "%", "bến khách ngang sông được cấp phép",
        per("đến năm 2025", end="2025-12-31"), status="target"),
    fig("100% hành khách", "100", 100, "percent", "%", "hành khách mặc áo phao khi qua sông",
        per("đến năm 2025", end="2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh An Giang (invented): bến khách ngang sông 6 tháng đầu năm 2024 — passengers, vehicles, licensed crossings,",
    "boats, inspection campaign, life jackets, accidents, 2025 targets. Breadcrumb, 'Cập nhật:' dateline, 'Lượt xem: 1.842' counter.",
    "Headline '6 tháng' takes 2024 (dateline). District list in brackets has no cue and does not add up: no total.",
    "'6 tháng qua' (accident sentence) is left inherited (unscored). 'giảm 2 vụ' is the change of '3 vụ'.",
    "Distractors: counter, phone 0296.3852.617, address số 16 Lê Triệu Kiết, dates 15/3, 15/5/2024, 30/6/2024.",
]

if __name__ == "__main__":
    emit("p595-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="An Giang")
