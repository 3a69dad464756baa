"""p1392-2: district portal (huyện Cầu Ngang, Trà Vinh): trao lu chứa nước, máy lọc nước cho hộ nghèo vùng hạn mặn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦU NGANG - TỈNH TRÀ VINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Trao 250 lu chứa nước và 40 máy lọc nước cho hộ nghèo vùng hạn mặn

10/05/2024 - 08:30

Sáng ngày 9/5, UBND huyện Cầu Ngang phối hợp với Công ty TNHH Nhựa Phước Thành tổ chức trao 250 lu chứa nước loại 2 m3 và 40 máy lọc nước hộ gia đình cho hộ nghèo, hộ cận nghèo tại 6 xã ven biển, gồm Hiệp Mỹ Đông, Hiệp Mỹ Tây, Long Sơn, Mỹ Long Bắc, Mỹ Long Nam và Thạnh Hòa Sơn. Tổng trị giá quà tặng 480 triệu đồng; mỗi lu trị giá 1,2 triệu đồng, mỗi máy lọc công suất 10 lít/giờ trị giá 4,5 triệu đồng. Riêng xã Hiệp Mỹ Tây nhận 70 lu và 12 máy lọc, nhiều nhất huyện.

Ông Thạch Sô Phal, Phó Chủ tịch UBND huyện cho biết, từ đầu năm 2024 đến nay, độ mặn trên sông Cổ Chiên đoạn qua huyện có thời điểm lên đến 12‰; toàn huyện có khoảng 3.450 hộ thiếu nước ngọt sinh hoạt, chiếm 11,6% tổng số hộ.

Thời gian qua, huyện đã vận động các nguồn lực hỗ trợ người dân 1.120 lu, bồn chứa nước và ba chục máy lọc nước; xây dựng 2 trạm cấp nước, công suất mỗi trạm 120 m3/ngày đêm. Phấn đấu đến cuối năm 2024, tỷ lệ hộ dân sử dụng nước sạch trên địa bàn huyện đạt 65%, tăng 7 điểm phần trăm so với năm 2023.

Dịp này, Công ty TNHH Nhựa Phước Thành (Lô B4, Khu công nghiệp Long Đức, TP Trà Vinh; điện thoại 0294.3855.126) cam kết bảo hành lu 5 năm và thay lõi lọc miễn phí lần đầu cho các hộ.

Nguồn: Phòng Nông nghiệp và PTNT huyện Cầu Ngang
Tin khác:
- Tập huấn kỹ thuật nuôi tôm thẻ chân trắng năm 2024
- Hội nghị sơ kết 6 tháng đầu năm Chương trình 135
"""

YTD = per("từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-10")
END24 = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    fig("Trao 250 lu", "250", 250, "count", "lu", subject="lu chứa nước trao cho hộ nghèo vùng hạn mặn"),
    fig("và 40 máy lọc nước cho", "40", 40, "count", "máy lọc nước",
        subject="máy lọc nước trao cho hộ nghèo vùng hạn mặn"),
    fig("trao 250 lu", "250", 250, "count", "lu", subject="lu chứa nước trao cho hộ nghèo, hộ cận nghèo"),
    fig("loại 2 m3", "2", 2, "measure", "m3", optional=True),
    fig("và 40 máy lọc nước hộ", "40", 40, "count", "máy lọc nước",
        subject="máy lọc nước hộ gia đình trao cho hộ nghèo, hộ cận nghèo"),
    fig("tại 6 xã", "6", 6, "count", "xã", subject="xã ven biển"),
    fig("quà tặng 480 triệu", "480", 480e6, "money", "đồng", subject="tổng trị giá quà tặng"),
    fig("trị giá 1,2 triệu", "1,2", 1.2e6, "money", "đồng/lu", subject="trị giá mỗi lu"),
    fig("suất 10 lít/giờ", "10", 10, "measure", "lít/giờ", subject="công suất mỗi máy lọc"),
    fig("trị giá 4,5 triệu", "4,5", 4.5e6, "money", "đồng/máy", subject="trị giá mỗi máy lọc"),
    fig("nhận 70 lu", "70", 70, "count", "lu", subject="lu xã Hiệp Mỹ Tây nhận"),
    fig("và 12 máy lọc", "12", 12, "count", "máy lọc", subject="máy lọc xã Hiệp Mỹ Tây nhận"),
    fig("lên đến 12‰", "12", 12, "measure", "‰", subject="độ mặn trên sông Cổ Chiên đoạn qua huyện",
        period=YTD),
    fig("khoảng 3.450 hộ", "3.450", 3450, "count", "hộ", approx="about", percent=11.6,
        subject="hộ thiếu nước ngọt sinh hoạt", period=YTD),
    fig("dân 1.120 lu", "1.120", 1120, "count", "lu, bồn chứa nước",
        subject="lu, bồn chứa nước hỗ trợ người dân"),
    fig("ba chục máy lọc", "ba chục", 30, "count", "máy lọc nước", subject="máy lọc nước hỗ trợ người dân"),
    fig("xây dựng 2 trạm", "2", 2, "count", "trạm cấp nước", subject="trạm cấp nước xây dựng"),
    fig("trạm 120 m3", "120", 120, "measure", "m3/ngày đêm", subject="công suất mỗi trạm cấp nước"),
    fig("đạt 65%", "65", 65, "percent", "%", status="target",
        change=chg("increase", 7, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ hộ dân sử dụng nước sạch", period=END24),
    fig("bảo hành lu 5 năm", "5", 5, "measure", "năm", optional=True),
]

NOTES = [
    "District portal (huyện Cầu Ngang, Trà Vinh): banner naming the district and province, menu, '10/05/2024 - 08:30' under the headline, 'Nguồn:', 'Tin khác'.",
    "Distractors: 08:30, 'Sáng ngày 9/5', 'Lô B4', phone 0294.3855.126, 'lần đầu', 'Chương trình 135', '6 tháng đầu năm' and 'năm 2024' in link titles.",
    "Headline figures are figures of their own. The hand-over day 'Sáng ngày 9/5' is a single event date: no period in the gold (not scored).",
    "'loại 2 m3' (jar size label) and 'bảo hành lu 5 năm' (warranty term) are optional.",
    "'Riêng xã Hiệp Mỹ Tây': a commune of Cầu Ngang; the spec places figures at province/city/district level, so location stays Cầu Ngang.",
    "'riêng' is no part-of cue: no total. '6 xã ven biển, gồm <names>': the list is of names, not figures.",
    "Prices 'mỗi lu', 'mỗi máy lọc' → đồng/lu, đồng/máy. 'lên đến 12‰' is the peak reading: exact.",
    "'ba chục máy lọc nước' = 30. 'tăng 7 điểm phần trăm so với năm 2023' → change in điểm phần trăm on the 65% target.",
]

if __name__ == "__main__":
    write("p1392-2", TEXT, NOTES, FIGS, published="2024-05-10", location="Cầu Ngang")
