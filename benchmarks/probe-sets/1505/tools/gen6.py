"""p1505-6: national newspaper: Bến Tre households rush to buy water tanks in the salinity season."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Dân sinh
Thứ bảy, 6/4/2024, 07:30 (GMT+7)

Người dân Bến Tre chạy đua mua bồn trữ nước ngọt

Hạn mặn kéo dài khiến nhiều đại lý ở Bến Tre bán gấp ba lượng bồn chứa nước so với ngày thường.

Sáng 5/4, cửa hàng vật liệu xây dựng của bà Võ Thị Hạnh ở xã Phú Túc, huyện Châu Thành, tấp nập khách đến hỏi mua bồn. "Từ Tết đến giờ tôi bán hơn 350 bồn, gấp ba cùng kỳ năm ngoái, có ngày giao 20 bồn", bà Hạnh nói.

Tại cửa hàng, bồn inox 1.000 lít có giá 3-3,5 triệu đồng, tăng khoảng 200.000 đồng so với đầu năm; bồn nhựa cùng dung tích giá 1,9-2,3 triệu đồng.

Ông Đặng Minh Trí, Giám đốc Công ty TNHH Nhựa Tân Hưng Phát ở TP Bến Tre, cho biết nhà máy đã tăng ca, nâng sản lượng lên 250 bồn mỗi ngày, gần gấp đôi lúc bình thường nhưng vẫn không đủ hàng giao. Theo ông Trí, bồn nhựa bán chạy hơn vì giá rẻ, nhẹ, dễ lắp đặt.

Theo UBND tỉnh Bến Tre, từ tháng 12/2023 đến nay, ranh mặn 4‰ đã vào sâu 50-60 km trong các cửa sông. Tỉnh đã hỗ trợ 2.350 hộ nghèo, cận nghèo mỗi hộ một bồn chứa loại 1.000 lít, tổng kinh phí hơn 5,4 tỷ đồng, trong đó ngân sách tỉnh 3,2 tỷ đồng, còn lại vận động từ doanh nghiệp.

Đài Khí tượng Thủy văn tỉnh dự báo hạn mặn còn kéo dài đến giữa tháng 5, khoảng 46.000 hộ có nguy cơ thiếu nước sinh hoạt.

Hoàng Nam

Chia sẻ | 12 bình luận
"""

MAN = per("từ tháng 12/2023 đến nay", "2023-12-01", "2024-04-06")
CT = "Châu Thành"

FIGS = [
    fig("bán gấp ba lượng", "ba", 3, "multiple", "lần", subject="lượng bồn chứa nước đại lý bán so với ngày thường"),
    fig("hơn 350 bồn", "350", 350, "count", "bồn", approx="over",
        change=chg("increase", 3, "lần", "cùng kỳ năm ngoái"), subject="bồn cửa hàng bán từ Tết", location=CT),
    fig("giao 20 bồn", "20", 20, "count", "bồn", subject="bồn cửa hàng giao trong ngày", location=CT),
    fig("inox 1.000 lít", "1.000", 1000, "measure", "lít", subject="dung tích bồn inox", location=CT, optional=True),
    fig("giá 3-3,5 triệu", "3", 3e6, "money", "đồng", value_max=3.5e6,
        change=chg("increase", 200000, "đồng", "đầu năm", approx="about"), subject="giá bồn inox 1.000 lít",
        location=CT),
    fig("giá 1,9-2,3 triệu", "1,9", 1.9e6, "money", "đồng", value_max=2.3e6,
        subject="giá bồn nhựa cùng dung tích", location=CT),
    fig("lên 250 bồn", "250", 250, "measure", "bồn/ngày",
        change=chg("increase", 2, "lần", "lúc bình thường", approx="nearly"),
        subject="sản lượng nhà máy Công ty TNHH Nhựa Tân Hưng Phát"),
    fig("ranh mặn 4‰", "4", 4, "measure", "‰", subject="độ mặn của ranh mặn", optional=True),
    fig("sâu 50-60 km", "50", 50, "measure", "km", value_max=60,
        subject="chiều sâu ranh mặn 4‰ vào trong các cửa sông", period=MAN),
    fig("hỗ trợ 2.350 hộ", "2.350", 2350, "count", "hộ", subject="hộ nghèo, cận nghèo được hỗ trợ bồn chứa"),
    fig("mỗi hộ một bồn", "một", 1, "count", "bồn", subject="bồn hỗ trợ mỗi hộ", optional=True),
    fig("loại 1.000 lít", "1.000", 1000, "measure", "lít", subject="dung tích bồn chứa hỗ trợ", optional=True),
    fig("hơn 5,4 tỷ", "5,4", 5.4e9, "money", "đồng", approx="over", subject="tổng kinh phí hỗ trợ bồn chứa"),
    fig("tỉnh 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", total=5.4e9, subject="kinh phí từ ngân sách tỉnh"),
    fig("khoảng 46.000 hộ", "46.000", 46000, "count", "hộ", approx="about", status="forecast",
        subject="hộ có nguy cơ thiếu nước sinh hoạt"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ bảy, 6/4/2024, 07:30 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: '07:30', '(GMT+7)', 'Sáng 5/4', '12 bình luận', 'giữa tháng 5', baseline 'tháng 12/2023' as a period start.",
    "Sapo 'bán gấp ba lượng bồn chứa nước so với ngày thường' stands alone as the claim: kind multiple, 3 lần.",
    "'hơn 350 bồn, gấp ba cùng kỳ năm ngoái' → change increase 3 lần on the count. 'Từ Tết đến giờ' is not dated by the spec: no period.",
    "The shop is in huyện Châu Thành: its figures → Châu Thành; the factory in TP Bến Tre and the provincial figures → Bến Tre.",
    "'tăng khoảng 200.000 đồng so với đầu năm' stands after the inox price only: change of that figure.",
    "Optional: product sizes 'bồn inox 1.000 lít', 'loại 1.000 lít'; 'mỗi hộ một bồn' (a per-household allotment);",
    "'ranh mặn 4‰' (the salinity line's name-like threshold).",
    "'từ tháng 12/2023 đến nay' ends at the dateline (2024-04-06). 'dự báo' governs '46.000 hộ' → forecast.",
]

if __name__ == "__main__":
    write("p1505-6", TEXT, NOTES, FIGS, published="2024-04-06", location="Bến Tre")
