from lib import write, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Tin tức - Sự kiện / Y tế - Giáo dục

Thứ Năm, 23/05/2024 - 15:20

Đông Anh: Kiểm tra 27 cơ sở sản xuất nước uống đóng bình, nước đá trong Tháng hành động

Hưởng ứng "Tháng hành động vì an toàn thực phẩm" năm 2024 (từ ngày 15/4 đến 15/5), Đoàn kiểm tra liên ngành về an toàn thực phẩm huyện đã kiểm tra 27 cơ sở sản xuất nước uống đóng bình, nước đá dùng liền tại 9 xã, thị trấn.

Kết quả, 19/27 cơ sở có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm còn hiệu lực (đạt 70,4%); 8 cơ sở còn lại đang hoàn thiện hồ sơ. Các cơ sở được kiểm tra tập trung ở các xã Vân Nội (5 cơ sở), Uy Nỗ (4 cơ sở), Kim Chung (3 cơ sở) và thị trấn Đông Anh (2 cơ sở).

Đoàn đã test nhanh 54 mẫu nước thành phẩm và nước đá, trong đó 5 mẫu không đạt chỉ tiêu clo dư. Đồng thời lấy 12 mẫu gửi Trung tâm Kiểm soát bệnh tật Hà Nội xét nghiệm vi sinh, kết quả 2/12 mẫu không đạt theo QCVN 6-1:2010/BYT.

Đoàn đã xử phạt 4 cơ sở với tổng số tiền 38 triệu đồng, buộc tiêu hủy 1.250 bình nước loại 20 lít và gần 2 tấn nước đá không rõ nguồn gốc. So với Tháng hành động năm 2023, số cơ sở vi phạm giảm 3 cơ sở.

Phát biểu tại buổi tổng kết, Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn tiếp tục hậu kiểm, nhất là các cơ sở dọc Quốc lộ 3 và đường Cao Lỗ; phấn đấu đến cuối năm 2024 có ít nhất 85% cơ sở sản xuất nước uống đóng bình trên địa bàn được cấp giấy chứng nhận.

Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

TH = per("từ ngày 15/4 đến 15/5", "2024-04-15", "2024-05-15")

FIGS = [
    fig("Đông Anh: Kiểm tra 27", "27", 27, "count", "cơ sở",
        subject="cơ sở sản xuất nước uống đóng bình, nước đá được kiểm tra", period=inh(TH)),
    fig("đã kiểm tra 27 cơ sở", "27", 27, "count", "cơ sở",
        subject="cơ sở sản xuất nước uống đóng bình, nước đá dùng liền được kiểm tra", period=TH),
    fig("tại 9 xã", "9", 9, "count", "xã, thị trấn",
        subject="xã, thị trấn có cơ sở được kiểm tra", period=TH),
    fig("19/27 cơ sở", "19", 19, "count", "cơ sở", total=27, percent=70.4,
        subject="cơ sở có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm còn hiệu lực", period=inh(TH)),
    fig("8 cơ sở còn lại", "8", 8, "count", "cơ sở",
        subject="cơ sở còn lại đang hoàn thiện hồ sơ", period=inh(TH)),
    fig("(5 cơ sở)", "5", 5, "count", "cơ sở", subject="cơ sở được kiểm tra xã Vân Nội", period=inh(TH)),
    fig("(4 cơ sở)", "4", 4, "count", "cơ sở", subject="cơ sở được kiểm tra xã Uy Nỗ", period=inh(TH)),
    fig("(3 cơ sở)", "3", 3, "count", "cơ sở", subject="cơ sở được kiểm tra xã Kim Chung", period=inh(TH)),
    fig("(2 cơ sở)", "2", 2, "count", "cơ sở", subject="cơ sở được kiểm tra thị trấn Đông Anh", period=inh(TH)),
    fig("nhanh 54 mẫu", "54", 54, "count", "mẫu",
        subject="mẫu nước thành phẩm và nước đá test nhanh", period=inh(TH)),
    fig("trong đó 5 mẫu", "5", 5, "count", "mẫu", total=54,
        subject="mẫu không đạt chỉ tiêu clo dư", period=inh(TH)),
    fig("lấy 12 mẫu", "12", 12, "count", "mẫu",
        subject="mẫu gửi Trung tâm Kiểm soát bệnh tật Hà Nội xét nghiệm vi sinh", period=inh(TH)),
    fig("2/12 mẫu", "2", 2, "count", "mẫu", total=12,
        subject="mẫu không đạt theo QCVN", period=inh(TH)),
    fig("xử phạt 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở bị xử phạt", period=inh(TH)),
    fig("tiền 38 triệu đồng", "38", 38_000_000, "money", "đồng", subject="tổng số tiền xử phạt", period=inh(TH)),
    fig("hủy 1.250 bình", "1.250", 1250, "count", "bình",
        subject="bình nước buộc tiêu hủy", period=inh(TH)),
    fig("loại 20 lít", "20", 20, "measure", "lít", subject="dung tích bình nước", optional=True),
    fig("gần 2 tấn", "2", 2, "measure", "tấn", approx="nearly",
        subject="nước đá không rõ nguồn gốc buộc tiêu hủy", period=inh(TH)),
    fig("giảm 3 cơ sở", "3", 3, "count", "cơ sở",
        subject="số cơ sở vi phạm giảm so với Tháng hành động năm 2023"),
    fig("ít nhất 85%", "85", 85, "percent", "%", approx="at_least", status="target",
        subject="cơ sở sản xuất nước uống đóng bình được cấp giấy chứng nhận",
        period=per("đến cuối năm 2024", end="2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT huyện Đông Anh (Hà Nội): Tháng hành động vì ATTP 2024, kiểm tra cơ sở nước uống đóng bình, nước đá. Dateline 'Thứ Năm, 23/05/2024 - 15:20'.",
    "District portal: location is the district (Đông Anh); communes (Vân Nội, Uy Nỗ, Kim Chung, thị trấn Đông Anh) are below district level, so they",
    "stay in the subject and the location stays Đông Anh. The campaign window '(từ ngày 15/4 đến 15/5)' of 'năm 2024' is the period of the sentence that states it.",
    "19/27 and 2/12: totals; 5 after 'trong đó' after 54: total 54. '8 cơ sở còn lại' has no part-of cue: no total.",
    "'giảm 3 cơ sở' stands alone (its own sentence, no base figure in it): a count figure without change, like a growth rate that is the claim.",
    "'bình nước loại 20 lít' is a container size: optional. Quốc lộ 3, QCVN 6-1:2010/BYT, the dates 15/4, 15/5 are not figures.",
]

write("p727-2", TEXT, COMMENTS, FIGS, published="2024-05-23", location="Đông Anh")
