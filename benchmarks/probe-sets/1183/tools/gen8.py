"""p1183-8: provincial newspaper online (Báo Lạng Sơn), seedlings for spring planting 2025 and custard-apple nurseries."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Báo Lạng Sơn điện tử > Kinh tế

Lạng Sơn: Hơn 22 triệu cây giống sẵn sàng cho vụ trồng rừng xuân

20/02/2025 - 09:12

(LSO) - Tính đến ngày 15/2/2025, các vườn ươm trên địa bàn tỉnh đã chuẩn bị hơn 22 triệu cây giống lâm nghiệp, đáp ứng chỉ tiêu trồng mới 11.000 ha rừng năm 2025. Trong đó, thông mã vĩ 9,5 triệu cây, keo 8,7 triệu cây, hồi 2,1 triệu cây, còn lại là bạch đàn, quế, lát hoa và một số loài cây bản địa.

Năm 2024, toàn tỉnh trồng được 12.350/11.000 ha rừng kế hoạch, đạt 112,3%; tỷ lệ che phủ rừng đạt 63,5%, xếp thứ 2 toàn quốc. Hiện tỉnh có 83 vườn ươm, trong đó 19 vườn do các ban quản lý rừng và doanh nghiệp quản lý.

Tại huyện Chi Lăng, nghề ươm giống na phát triển ở thị trấn Đồng Mỏ và xã Chi Lăng với 27 vườn ươm. Vườn ươm của chị Hoàng Thị Lan ở thôn Còn Quan mỗi năm cung ứng khoảng 40.000 cây na ghép, giá 12.000-15.000 đồng/cây. Chị cho biết, riêng tháng 1 vừa qua đã bán hết 9.000 cây, gấp đôi cùng kỳ năm trước.

Ông Vy Văn Thành, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh, cho biết giai đoạn 2025-2030, tỉnh phấn đấu mỗi năm trồng mới từ 10.000 đến 12.000 ha rừng, trong đó ít nhất 60% diện tích sử dụng cây giống chất lượng cao; tiếp tục kiểm tra 100% vườn ươm trước mùa vụ.

Bài, ảnh: Hà Vy
"""

ASOF = per("Tính đến ngày 15/2/2025", None, "2025-02-15")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
J25 = per("tháng 1 vừa qua", "2025-01-01", "2025-01-31")
G = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
CL = "Chi Lăng"

FIGS = [
    fig("Hơn 22 triệu cây", "22", 22_000_000, "count", "cây giống", approx="over",
        subject="cây giống sẵn sàng cho vụ trồng rừng xuân"),
    fig("chuẩn bị hơn 22 triệu", "22", 22_000_000, "count", "cây giống", approx="over",
        subject="cây giống lâm nghiệp các vườn ươm đã chuẩn bị", period=ASOF),
    fig("mới 11.000 ha", "11.000", 11000, "measure", "ha", status="target",
        subject="diện tích trồng mới rừng", period=Y25),
    fig("vĩ 9,5 triệu", "9,5", 9_500_000, "count", "cây", total=22_000_000,
        subject="cây giống thông mã vĩ", period=inh(ASOF)),
    fig("keo 8,7 triệu", "8,7", 8_700_000, "count", "cây", total=22_000_000,
        subject="cây giống keo", period=inh(ASOF)),
    fig("hồi 2,1 triệu", "2,1", 2_100_000, "count", "cây", total=22_000_000,
        subject="cây giống hồi", period=inh(ASOF)),
    fig("được 12.350/11.000", "12.350", 12350, "measure", "ha", target=tgt(11000, "ha"), percent=112.3,
        subject="diện tích rừng trồng được", period=Y24),
    fig("đạt 63,5%", "63,5", 63.5, "percent", "%", subject="tỷ lệ che phủ rừng", period=Y24),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="tỷ lệ che phủ rừng toàn quốc", period=Y24),
    fig("có 83 vườn ươm", "83", 83, "count", "vườn ươm", subject="vườn ươm"),
    fig("19 vườn", "19", 19, "count", "vườn", total=83,
        subject="vườn ươm do các ban quản lý rừng và doanh nghiệp quản lý"),
    fig("với 27 vườn ươm", "27", 27, "count", "vườn ươm", location=CL, subject="vườn ươm giống na"),
    fig("khoảng 40.000 cây", "40.000", 40000, "count", "cây na ghép", approx="about", location=CL,
        subject="cây na ghép vườn ươm của chị Hoàng Thị Lan cung ứng mỗi năm"),
    fig("giá 12.000-15.000", "12.000", 12000, "money", "đồng/cây", value_max=15000, location=CL,
        subject="giá cây na ghép"),
    fig("hết 9.000 cây", "9.000", 9000, "count", "cây", location=CL,
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="cây na ghép vườn ươm của chị Lan đã bán", period=J25),
    fig("từ 10.000 đến 12.000", "10.000", 10000, "measure", "ha", value_max=12000, status="target",
        subject="diện tích trồng mới rừng mỗi năm", period=G),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ diện tích trồng rừng sử dụng cây giống chất lượng cao", period=G),
    fig("kiểm tra 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ vườn ươm được kiểm tra trước mùa vụ", period=G),
]

NOTES = [
    "Provincial newspaper online (Báo Lạng Sơn): dateline '20/02/2025 - 09:12', tag '(LSO) -', byline at the end.",
    "Distractors: time 09:12, as-of date 15/2/2025, 'thôn Còn Quan', 'Phó Chi cục trưởng', 'giai đoạn 2025-2030'.",
    "Headline 'Hơn 22 triệu' is a figure (no period); the body repeats it with the as-of period. 'Trong đó' parts take 22 triệu as total.",
    "'12.350/11.000 ha rừng kế hoạch' → target 11.000 (result against plan), 'đạt 112,3%' → percent. 'xếp thứ 2 toàn quốc' → rank.",
    "'tháng 1 vừa qua' = January 2025 (dateline). 'gấp đôi cùng kỳ năm trước' after a count → change 2 lần.",
    "'phấn đấu' governs its clause, the 'trong đó' part and the clause after ';' (tiếp tục kiểm tra 100%): all targets, giai đoạn 2025-2030.",
    "Chi Lăng figures get location Chi Lăng; the rest Lạng Sơn (named, and the LSO tag).",
    "revised: 11.000 ha subject 'chỉ tiêu trồng mới rừng' -> 'diện tích trồng mới rừng' ('chỉ tiêu' is the status cue, not the indicator).",
]

if __name__ == "__main__":
    build("p1183-8", TEXT, NOTES, FIGS, published="2025-02-20", location="Lạng Sơn")
