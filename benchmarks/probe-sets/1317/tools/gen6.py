"""p1317-6: national newspaper: patents from universities (national figures, one university in Hà Nội)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Khoa học > Đổi mới sáng tạo
Thứ sáu, 26/4/2024, 06:00 (GMT+7)

Sáng chế từ trường đại học: nhiều đơn, ít thương mại hóa

Số đơn đăng ký sáng chế của các trường đại học tăng mạnh trong 5 năm qua, nhưng chỉ khoảng 15-20% sáng chế được chuyển giao hoặc thương mại hóa.

Theo Cục Sở hữu trí tuệ, giai đoạn 2019-2023, các trường đại học và viện nghiên cứu trong nước đã nộp khoảng 2.700 đơn sáng chế và giải pháp hữu ích, chiếm gần 40% số đơn của người Việt Nam. Riêng năm 2023, con số này là 712 đơn, gấp 2,3 lần năm 2019.

Dẫn đầu là Trường Đại học Kỹ thuật Hà Thành (Hà Nội) với 86 đơn năm 2023 và 31 bằng độc quyền sáng chế được cấp. Tuy vậy, trường mới chuyển giao được 6 sáng chế, thu về khoảng 4,5 tỷ đồng.

"Mỗi đơn sáng chế, từ lúc nộp đến khi được cấp bằng mất trung bình 4-5 năm, chi phí từ 15 đến 20 triệu đồng, chưa kể phí duy trì hằng năm", PGS.TS Trần Quang Vinh, Trưởng phòng Khoa học - Công nghệ của trường, cho biết.

Cả nước hiện có khoảng 50 trường đại học thành lập văn phòng chuyển giao công nghệ, nhưng chỉ ba chục văn phòng hoạt động thường xuyên.

Theo Chỉ số Đổi mới sáng tạo toàn cầu (GII) 2023, Việt Nam đứng thứ 3 ASEAN, sau Singapore và Malaysia. Chiến lược sở hữu trí tuệ đến năm 2030 đặt mục tiêu số đơn đăng ký sáng chế tăng trung bình 16-18%/năm, trong đó 10-12% sáng chế được khai thác thương mại.

Minh Khôi

Chia sẻ | Bình luận (12)
"""

GD = per("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
Y23r = per("Riêng năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
GII = per("2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
HN = "Hà Nội"

FIGS = [
    fig("khoảng 15-20%", "15", 15, "percent", "%", value_max=20, approx="about",
        subject="sáng chế của các trường đại học được chuyển giao hoặc thương mại hóa"),
    fig("khoảng 2.700 đơn", "2.700", 2700, "count", "đơn", approx="about", percent=40,
        subject="đơn sáng chế và giải pháp hữu ích của các trường đại học và viện nghiên cứu", period=GD),
    fig("là 712 đơn", "712", 712, "count", "đơn", change=chg("increase", 2.3, "lần", "năm 2019"),
        subject="đơn sáng chế và giải pháp hữu ích của các trường đại học và viện nghiên cứu", period=Y23r),
    fig("với 86 đơn", "86", 86, "count", "đơn",
        subject="đơn sáng chế của Trường Đại học Kỹ thuật Hà Thành", period=Y23, location=HN),
    fig("và 31 bằng", "31", 31, "count", "bằng độc quyền sáng chế",
        subject="bằng độc quyền sáng chế được cấp cho Trường Đại học Kỹ thuật Hà Thành", period=Y23, location=HN),
    fig("được 6 sáng chế", "6", 6, "count", "sáng chế",
        subject="sáng chế trường đã chuyển giao", location=HN),
    fig("khoảng 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", approx="about",
        subject="tiền thu về từ chuyển giao sáng chế", location=HN),
    fig("trung bình 4-5 năm", "4", 4, "measure", "năm", value_max=5,
        subject="thời gian từ lúc nộp đơn sáng chế đến khi được cấp bằng"),
    fig("từ 15 đến 20 triệu", "15", 15e6, "money", "đồng/đơn", value_max=20e6,
        subject="chi phí mỗi đơn sáng chế"),
    fig("khoảng 50 trường", "50", 50, "count", "trường đại học", approx="about",
        subject="trường đại học thành lập văn phòng chuyển giao công nghệ"),
    fig("ba chục văn phòng", "ba", 30, "count", "văn phòng",
        subject="văn phòng chuyển giao công nghệ hoạt động thường xuyên"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="Chỉ số Đổi mới sáng tạo toàn cầu (GII) trong ASEAN", period=GII),
    fig("trung bình 16-18%", "16", 16, "percent", "%", value_max=18, status="target",
        subject="tăng số đơn đăng ký sáng chế trung bình mỗi năm", period=T30),
    fig("trong đó 10-12%", "10", 10, "percent", "%", value_max=12, status="target",
        subject="sáng chế được khai thác thương mại", period=T30),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ sáu, 26/4/2024, 06:00 (GMT+7)', sapo, quote, byline, 'Bình luận (12)'.",
    "Distractors: 06:00, '(GMT+7)', 'trong 5 năm qua' (a duration that locates the claim in time), baselines 'năm 2019', 'Bình luận (12)'.",
    "Default location Việt Nam (Cục Sở hữu trí tuệ's national figures, the national strategy, GII); the university's figures: Hà Nội.",
    "The quoted processing time and fee describe patenting in general (the national procedure), so location stays Việt Nam (borderline).",
    "'khoảng 2.700 đơn ..., chiếm gần 40%' → percent attribute 40. 'con số này là 712 đơn, gấp 2,3 lần năm 2019' → change 2,3 lần.",
    "'Riêng năm 2023' and 'GII 2023' are periods stated in the sentence. 'mất trung bình 4-5 năm' is a measured duration (a figure).",
    "'ba chục văn phòng' = 30 (number word). 'mới chuyển giao được 6 sáng chế': 'mới' = only, not an approximation.",
    "'16-18%/năm' is a growth rate target (percent, no change); 'trong đó 10-12%' is a percent figure of its own; both governed by",
    "'đặt mục tiêu' and 'đến năm 2030'.",
]

if __name__ == "__main__":
    write("p1317-6", TEXT, NOTES, FIGS, published="2024-04-26", location="Việt Nam")
