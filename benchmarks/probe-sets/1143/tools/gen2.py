"""p1143-2: district portal (thị xã Kinh Môn, Hải Dương), river ports and cargo handling in 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ KINH MÔN
Trang chủ / Tin tức / Kinh tế - Xã hội

Hoạt động bốc xếp tại các cảng sông trên địa bàn thị xã tăng trưởng khá
Thứ Ba, 18/03/2025 - 15:05

Năm 2024, 21 cảng, bến thủy nội địa trên địa bàn thị xã Kinh Môn đã bốc xếp 14,2 triệu tấn hàng hóa, tăng 6,5% so với năm 2023. Trong đó, xi măng và clinker 9,8 triệu tấn, than và đá các loại 3,1 triệu tấn, hàng container 52.400 TEU (khoảng 1,3 triệu tấn).

Tại phường Phú Thứ, cảng của Công ty TNHH Vận tải thủy Hoàng Phát có 3 cầu cảng dài tổng cộng 240 m, tiếp nhận được sà lan trọng tải đến 2.000 tấn. Năm 2024, cảng bốc xếp 1,85 triệu tấn hàng, doanh thu đạt 86 tỷ đồng, nộp ngân sách gần 5,4 tỷ đồng; giải quyết việc làm cho 112 lao động với thu nhập bình quân 9,5 triệu đồng/người/tháng. Ông Nguyễn Văn Hùng, Giám đốc công ty cho biết, năm nay công ty dự kiến đầu tư thêm một cẩu bánh xích sức nâng 50 tấn, nâng công suất bốc xếp lên khoảng 2,2 triệu tấn/năm.

Công tác quản lý được tăng cường. Trong năm 2024, Đội Kiểm tra liên ngành số 2 của thị xã đã kiểm tra 28 lượt cảng, bến, phát hiện và xử phạt 9 trường hợp vi phạm với tổng số tiền 126 triệu đồng; đình chỉ hoạt động 2 bến tự phát ven sông Kinh Thầy.

Năm 2025, thị xã phấn đấu sản lượng hàng hóa bốc xếp qua các cảng, bến đạt 15 triệu tấn; hoàn thành di dời 3 bến không phép ra khỏi hành lang bảo vệ đê hữu sông Kinh Thầy trước ngày 30/9. UBND thị xã cũng đề nghị tỉnh bổ sung quy hoạch 2 cảng container với diện tích từ 8 đến 12 ha mỗi cảng tại phường An Sinh.

Phòng Kinh tế thị xã Kinh Môn - Điện thoại: 0220.3821.456
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TN24 = per("Trong năm 2024", "2024-01-01", "2024-12-31")
NAYY = per("năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    fig("bốc xếp 14,2 triệu tấn", "14,2", 14200000, "measure", "tấn",
        change=chg("increase", 6.5, "%", "năm 2023"),
        subject="hàng hóa bốc xếp tại các cảng, bến thủy nội địa", period=Y24),
    fig("Năm 2024, 21 cảng", "21", 21, "count", "cảng, bến",
        subject="cảng, bến thủy nội địa trên địa bàn thị xã", period=Y24),
    fig("clinker 9,8 triệu tấn", "9,8", 9800000, "measure", "tấn", total=14200000,
        subject="xi măng và clinker bốc xếp", period=inh(Y24)),
    fig("các loại 3,1 triệu tấn", "3,1", 3100000, "measure", "tấn", total=14200000,
        subject="than và đá các loại bốc xếp", period=inh(Y24)),
    fig("container 52.400 TEU", "52.400", 52400, "measure", "TEU",
        subject="hàng container bốc xếp", period=inh(Y24)),
    fig("(khoảng 1,3 triệu tấn)", "1,3", 1300000, "measure", "tấn", approx="about", total=14200000,
        subject="hàng container bốc xếp", period=inh(Y24)),
    fig("có 3 cầu cảng", "3", 3, "count", "cầu cảng",
        subject="cầu cảng của Công ty TNHH Vận tải thủy Hoàng Phát"),
    fig("tổng cộng 240 m", "240", 240, "measure", "m",
        subject="tổng chiều dài cầu cảng của Công ty TNHH Vận tải thủy Hoàng Phát"),
    fig("đến 2.000 tấn", "2.000", 2000, "measure", "tấn", approx="at_most",
        subject="trọng tải sà lan cảng tiếp nhận được", optional=True),
    fig("bốc xếp 1,85 triệu tấn", "1,85", 1850000, "measure", "tấn",
        subject="hàng bốc xếp tại cảng Công ty Hoàng Phát", period=Y24),
    fig("đạt 86 tỷ", "86", 86000000000, "money", "đồng",
        subject="doanh thu cảng Công ty Hoàng Phát", period=Y24),
    fig("gần 5,4 tỷ", "5,4", 5400000000, "money", "đồng", approx="nearly",
        subject="nộp ngân sách của Công ty Hoàng Phát", period=Y24),
    fig("cho 112 lao động", "112", 112, "count", "lao động",
        subject="lao động được giải quyết việc làm tại cảng Công ty Hoàng Phát", period=Y24),
    fig("9,5 triệu", "9,5", 9500000, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động", period=Y24),
    fig("thêm một cẩu", "một", 1, "count", "cẩu bánh xích", status="forecast",
        subject="cẩu bánh xích đầu tư thêm", period=NAYY),
    fig("sức nâng 50 tấn", "50", 50, "measure", "tấn", status="forecast",
        subject="sức nâng cẩu bánh xích", period=NAYY),
    fig("khoảng 2,2 triệu", "2,2", 2200000, "measure", "tấn/năm", approx="about", status="forecast",
        subject="công suất bốc xếp của cảng Công ty Hoàng Phát", period=NAYY),
    fig("kiểm tra 28 lượt", "28", 28, "count", "lượt cảng, bến",
        subject="lượt cảng, bến được kiểm tra", period=TN24),
    fig("xử phạt 9 trường hợp", "9", 9, "count", "trường hợp",
        subject="trường hợp vi phạm bị xử phạt", period=TN24),
    fig("số tiền 126 triệu", "126", 126000000, "money", "đồng",
        subject="tổng số tiền xử phạt vi phạm", period=TN24),
    fig("đình chỉ hoạt động 2 bến", "2", 2, "count", "bến",
        subject="bến tự phát ven sông Kinh Thầy bị đình chỉ hoạt động",
        period=TN24),
    fig("đạt 15 triệu tấn", "15", 15000000, "measure", "tấn", status="target",
        subject="sản lượng hàng hóa bốc xếp qua các cảng, bến", period=Y25),
    fig("di dời 3 bến", "3", 3, "count", "bến", status="target",
        subject="bến không phép di dời ra khỏi hành lang bảo vệ đê", period=per("trước ngày 30/9", None, "2025-09-30")),
    fig("quy hoạch 2 cảng container", "2", 2, "count", "cảng container",
        subject="cảng container đề nghị bổ sung quy hoạch"),
    fig("từ 8 đến 12 ha", "8", 8, "measure", "ha/cảng", value_max=12,
        subject="diện tích mỗi cảng container đề nghị bổ sung quy hoạch"),
]

NOTES = [
    "District portal (thị xã Kinh Môn, Hải Dương): 'Thứ Ba, 18/03/2025 - 15:05'. Default location: the district (Kinh Môn); phường are below district level.",
    "Distractors: 'Đội Kiểm tra liên ngành số 2', phone 0220.3821.456, time 15:05, deadline 'trước ngày 30/9' (date, not figure).",
    "'21 cảng, bến' (the actor of the sentence) is still a count of ports stated as fact: required, period 2024.",
    "Parts after 'Trong đó' add up in tấn: 9,8 + 3,1 + 1,3 = 14,2 -> total 14,2 triệu tấn. 52.400 TEU counts another unit: no total.",
    "'năm nay' in a 2025 article = 2025 (status forecast, 'dự kiến'). 'trọng tải đến 2.000 tấn' (port capability) is optional.",
    "'Trong năm 2024' stated in the inspection sentence. 'từ 8 đến 12 ha mỗi cảng' is a per-port range (unit ha/cảng).",
    "revised after the first run: TEU figures are kind measure (TEU is an equivalent unit of measure, a 40-foot box = 2 TEU; not a count of boxes).",
]

if __name__ == "__main__":
    write("p1143-2", TEXT, NOTES, FIGS, published="2025-03-18", location="Kinh Môn")
