from lib import F, P, inh, CH, TG, emit

TEXT = """Kinh doanh › Nông nghiệp

Thứ tư, 11/9/2024, 06:30 (GMT+7)

Dư nợ cho vay mua máy nông nghiệp vượt 9.800 tỷ đồng

Agribank cho biết đến cuối tháng 8, dư nợ cho vay mua máy móc, thiết bị nông nghiệp đạt 9.860 tỷ đồng, tăng 12,4% so với đầu năm, với hơn 41.000 khách hàng.

Theo Quyết định 68/2013/QĐ-TTg, nông dân được vay tối đa 100% giá trị máy, thiết bị với thời hạn vay tối đa 10 năm; ngân sách hỗ trợ 100% lãi suất trong 2 năm đầu và 50% trong năm thứ ba.

Trong 8 tháng đầu năm, Agribank giải ngân 3.150 tỷ đồng cho vay mua 5.420 máy, gồm 2.160 máy kéo, 1.870 máy gặt đập liên hợp, 640 máy cấy và 750 thiết bị bay. Riêng quý II/2024, ngân hàng giải ngân 1.420 tỷ đồng, cao gấp 1,6 lần quý I.

Các tỉnh có dư nợ lớn nhất là An Giang (1.240,6 tỷ đồng), Kiên Giang (1.105 tỷ đồng), Đồng Tháp (986 tỷ đồng) và Thái Bình (512 tỷ đồng).

Ông Trần Văn Bé, xã viên Hợp tác xã Nông nghiệp Tân Cường (huyện Tam Nông, Đồng Tháp), năm 2023 vay 1,2 tỷ đồng mua chiếc máy gặt Kubota DC-93G. Mỗi vụ máy gặt khoảng 250 ha, thu về 450-500 triệu đồng, trừ chi phí còn lãi khoảng 120 triệu đồng. "Chỉ sau 3 vụ là tôi trả được gần hết nợ gốc", ông nói.

Tuy vậy, theo Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch, mới khoảng 30% nhu cầu vay mua máy của nông dân được đáp ứng do thiếu tài sản bảo đảm. Giá một máy gặt đập liên hợp hiện từ 800 triệu đến 1,5 tỷ đồng, máy cấy ngồi lái khoảng 350 triệu đồng, vượt khả năng tự chi trả của phần lớn nông hộ.

Hoài Thu
"""

AUG = P("đến cuối tháng 8", None, "2024-08-31")
M8 = P("Trong 8 tháng đầu năm", "2024-01-01", "2024-08-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("vượt 9.800 tỷ", "9.800", 9800000000000, "money", "đồng", "Dư nợ cho vay mua máy nông nghiệp", approx="over"),
    F("đạt 9.860 tỷ", "9.860", 9860000000000, "money", "đồng", "dư nợ cho vay mua máy móc, thiết bị nông nghiệp", AUG,
      change=CH("increase", 12.4, "%", "đầu năm")),
    F("hơn 41.000 khách hàng", "41.000", 41000, "count", "khách hàng", "khách hàng vay mua máy móc, thiết bị nông nghiệp", AUG,
      approx="over"),
    F("tối đa 100% giá trị", "100", 100, "percent", "%", "mức cho vay so với giá trị máy, thiết bị", approx="at_most"),
    F("tối đa 10 năm", "10", 10, "measure", "năm", "thời hạn vay", approx="at_most"),
    F("hỗ trợ 100% lãi suất", "100", 100, "percent", "%", "ngân sách hỗ trợ lãi suất trong 2 năm đầu"),
    F("trong 2 năm đầu", "2", 2, "measure", "năm", "thời gian hỗ trợ 100% lãi suất", optional=True),
    F("và 50% trong", "50", 50, "percent", "%", "ngân sách hỗ trợ lãi suất trong năm thứ ba"),
    F("giải ngân 3.150 tỷ", "3.150", 3150000000000, "money", "đồng", "Agribank giải ngân cho vay mua máy", M8),
    F("mua 5.420 máy", "5.420", 5420, "count", "máy", "máy được cho vay mua", M8),
    F("gồm 2.160 máy", "2.160", 2160, "count", "máy kéo", "máy kéo được cho vay mua", M8, total=5420),
    F("1.870 máy", "1.870", 1870, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp được cho vay mua", M8, total=5420),
    F("640 máy", "640", 640, "count", "máy cấy", "máy cấy được cho vay mua", M8, total=5420),
    F("750 thiết bị", "750", 750, "count", "thiết bị bay", "thiết bị bay được cho vay mua", M8, total=5420),
    F("giải ngân 1.420 tỷ", "1.420", 1420000000000, "money", "đồng", "ngân hàng giải ngân cho vay mua máy",
      P("quý II/2024", "2024-04-01", "2024-06-30"), change=CH("increase", 1.6, "lần", "quý I")),
    F("(1.240,6 tỷ", "1.240,6", 1240600000000, "money", "đồng", "dư nợ cho vay mua máy nông nghiệp", location="An Giang"),
    F("(1.105 tỷ", "1.105", 1105000000000, "money", "đồng", "dư nợ cho vay mua máy nông nghiệp", location="Kiên Giang"),
    F("(986 tỷ", "986", 986000000000, "money", "đồng", "dư nợ cho vay mua máy nông nghiệp", location="Đồng Tháp"),
    F("(512 tỷ", "512", 512000000000, "money", "đồng", "dư nợ cho vay mua máy nông nghiệp", location="Thái Bình"),
    F("vay 1,2 tỷ", "1,2", 1200000000, "money", "đồng", "ông Trần Văn Bé vay mua máy gặt", Y23, location="Tam Nông"),
    F("khoảng 250 ha", "250", 250, "measure", "ha", "diện tích máy gặt mỗi vụ", approx="about", location="Tam Nông"),
    F("450-500 triệu", "450", 450000000, "money", "đồng", "thu về mỗi vụ từ máy gặt", value_max=500000000, location="Tam Nông"),
    F("khoảng 120 triệu", "120", 120000000, "money", "đồng", "lãi mỗi vụ từ máy gặt", approx="about", location="Tam Nông"),
    F("sau 3 vụ", "3", 3, "count", "vụ", "thời gian trả một nửa nợ gốc", location="Tam Nông", optional=True),
    F("khoảng 30%", "30", 30, "percent", "%", "nhu cầu vay mua máy của nông dân được đáp ứng", approx="about"),
    F("từ 800 triệu", "800", 800000000, "money", "đồng", "giá một máy gặt đập liên hợp", value_max=1500000000),
    F("khoảng 350 triệu", "350", 350000000, "money", "đồng", "giá máy cấy ngồi lái", approx="about"),
]

COMMENTS = [
    "Probe 661-6. National press (VnExpress style, 'Thứ tư, 11/9/2024, 06:30 (GMT+7)', byline at the end): Agribank loans for farm machinery.",
    "Headline 'vượt 9.800 tỷ đồng' → approx over. 'đến cuối tháng 8' takes 2024 from the dateline (as-of 2024-08-31).",
    "Policy terms are figures: 'tối đa 100% giá trị', 'tối đa 10 năm' (at_most), '100% lãi suất', '50% trong năm thứ ba'; '2 năm đầu' (duration of the",
    "support) and 'sau 3 vụ' (in a quote) optional; 'năm thứ ba' ordinal; 'Quyết định 68/2013/QĐ-TTg', 'Kubota DC-93G', '(GMT+7)' not figures.",
    "'gồm' parts add up to 5.420 machines (total). 'cao gấp 1,6 lần quý I' after 1.420 tỷ is its change (lần). '1.240,6 tỷ' Vietnamese decimal.",
    "The farmer's figures: location Tam Nông (district in the bracket). A range 'từ 800 triệu đến 1,5 tỷ đồng' → value_max 1,5·10⁹.",
    "Provincial list has no period phrase of its own (none given). National figures: location Việt Nam.",
]

if __name__ == "__main__":
    emit("p661-6", TEXT, COMMENTS, FIGS, published="2024-09-11", location="Việt Nam")
